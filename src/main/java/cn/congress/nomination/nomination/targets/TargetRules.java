package cn.congress.nomination.nomination.targets;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Gathers what {@link TargetPolicies} judge (members, their identity in the election, branch paths, the pool) and
 * refuses a list that breaks any rule, naming each person and rule; nothing is written then.
 */
@Component
class TargetRules {

  private static final int PAGE = 2000;

  private final Members members;
  private final Organizations organizations;
  private final ElectionIdentities identities;

  TargetRules(Members members, Organizations organizations, ElectionIdentities identities) {
    this.members = members;
    this.organizations = organizations;
    this.identities = identities;
  }

  /**
   * The slate of the given names. The identity category is the election's identity definition where assigned, else
   * the category the filing unit gave (the pool's).
   */
  TargetSlate slate(Election election, List<String> memberIds, List<PoolEntry> pool, List<String> proposal,
                    Map<String, String> changeReasons) {
    Organization unit = organizations.get(election.electoralUnitId());
    Map<String, String> filedCategory = new HashMap<>();
    pool.forEach(p -> filedCategory.put(p.memberId(), p.identityCategory()));
    List<String> everyone = new ArrayList<>(memberIds);
    if (proposal != null) everyone.addAll(proposal);
    Map<String, String> assigned = identities.categoriesOf(election.id(), everyone);
    Map<String, TargetSlate.Target> known = new HashMap<>();
    for (String id : everyone.stream().distinct().toList()) {
      if (id == null) continue;
      members.find(id).ifPresent(m -> known.put(id, new TargetSlate.Target(m,
          assigned.getOrDefault(id, filedCategory.get(id)),
          organizations.find(m.organizationId()).map(Organization::path).orElse(null))));
    }
    Set<String> poolIds = pool.stream().map(PoolEntry::memberId).collect(Collectors.toSet());
    return new TargetSlate(election, unit.path(), memberIds, known, poolIds, proposal, changeReasons,
        localShares(election, unit));
  }

  /** Refuses the list (422 / a task that does not complete) with every violation. */
  void require(TargetSlate slate, TargetStage stage) {
    List<Violation> violations = TargetPolicies.check(slate);
    if (!violations.isEmpty()) {
      throw new ValidationException(stage.label() + "不符合规则，未保存：" + violations.stream()
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
