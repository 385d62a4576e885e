package cn.congress.nomination.candidate;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.ElectionIdentities;
import cn.congress.nomination.election.RuleKind;
import cn.congress.nomination.election.RuleScope;
import cn.congress.nomination.election.Share;
import cn.congress.nomination.election.ShareBasis;
import cn.congress.nomination.election.StructureEvaluator;
import cn.congress.nomination.election.StructureRule;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Gathers what the list rules judge (members, their identity in the election, branch paths, the local shares) into a
 * {@link Slate}, and refuses a list that breaks any rule, naming each person and rule; nothing is written then.
 */
@Component
public class Slates {

  private static final int PAGE = 2000;

  private final Members members;
  private final Organizations organizations;
  private final ElectionIdentities identities;

  Slates(Members members, Organizations organizations, ElectionIdentities identities) {
    this.members = members;
    this.organizations = organizations;
    this.identities = identities;
  }

  /** How a list is named in messages and prefixed in rule codes, and the field its violations point to. */
  public record Naming(String label, String codePrefix, String field) {}

  /**
   * The slate of the given names, chosen from {@code pool}. The identity category is the election's identity
   * definition where assigned, else {@code fallbackCategory} (e.g. the category the filing unit gave).
   *
   * @param alsoKnown further names to look up (e.g. an earlier list the rules compare with)
   */
  public Slate slate(Election election, Naming naming, List<String> memberIds, Set<String> pool,
                     Map<String, String> fallbackCategory, Collection<String> alsoKnown) {
    Organization unit = organizations.get(election.electoralUnitId());
    List<String> everyone = new ArrayList<>(memberIds);
    everyone.addAll(alsoKnown);
    Map<String, String> assigned = identities.categoriesOf(election.id(), everyone);
    Map<String, Slate.Entry> known = new HashMap<>();
    for (String id : everyone.stream().distinct().toList()) {
      if (id == null) continue;
      members.find(id).ifPresent(m -> known.put(id, new Slate.Entry(m,
          assigned.getOrDefault(id, fallbackCategory.get(id)),
          organizations.find(m.organizationId()).map(Organization::path).orElse(null))));
    }
    return new Slate(election, unit.path(), naming.label(), naming.codePrefix(), naming.field(), memberIds, known,
        pool, localShares(election, unit));
  }

  /** Refuses the list (422 / a task that does not complete) with every violation of the given policies. */
  public static void require(Slate slate, List<SlatePolicy> policies, String what) {
    List<Violation> violations = policies.stream().flatMap(p -> p.check(slate).stream()).toList();
    if (!violations.isEmpty()) {
      throw new ValidationException(what + "不符合规则，未保存：" + violations.stream()
          .map(Violation::message).collect(Collectors.joining("；")), violations);
    }
  }

  /** Only for rules compared with the local members' share (none in the reference scenario): one pass over them. */
  private Map<String, Share> localShares(Election election, Organization unit) {
    List<StructureRule> delegates = election.rules(RuleScope.DELEGATES);
    if (!needsLocal(delegates)) return Map.of();
    List<Member> local = new ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      List<Member> page = members.search(unit.path(), "", offset, PAGE);
      local.addAll(page);
      if (page.size() < PAGE) break;
    }
    return StructureEvaluator.localShares(delegates, local, election.electionDate());
  }

  private static boolean needsLocal(List<StructureRule> rules) {
    for (StructureRule r : rules) {
      if (r.kindOrCount() == RuleKind.SHARE && r.basis() == ShareBasis.LOCAL_MEMBERS) return true;
      if (needsLocal(r.children())) return true;
    }
    return false;
  }
}
