package cn.congress.nomination.report;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.RuleKind;
import cn.congress.nomination.election.RuleScope;
import cn.congress.nomination.election.Share;
import cn.congress.nomination.election.ShareBasis;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.election.StructureEvaluator;
import cn.congress.nomination.election.StructureRule;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organizations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The composition of a {@link ReportList} against the election's rules: a recommending unit's own list against the
 * rules for the units' lists, every other list against the rules for the delegates (the structure each later list is
 * chosen towards). Shares compared with the local members are computed over the list owner's members.
 */
@Service
public class CompositionService {

  private static final int PAGE = 2000;

  private final ReportLists lists;
  private final Members members;
  private final Organizations organizations;

  CompositionService(ReportLists lists, Members members, Organizations organizations) {
    this.lists = lists;
    this.members = members;
    this.organizations = organizations;
  }

  @Transactional(readOnly = true)
  public Composition of(ReportList list) {
    return of(list, lists.people(list));
  }

  Composition of(ReportList list, List<ListedPerson> people) {
    Election election = lists.election(list.electionId());
    boolean unitList = list.stage() == Stage.RECOMMENDATION && !list.organizationId().equals(election.electoralUnitId());
    List<StructureRule> rules = election.rules(unitList ? RuleScope.RECOMMENDATION_LIST : RuleScope.DELEGATES);
    return CompositionCalculator.of(people.stream().map(ListedPerson::categorized).toList(), election.definition(),
        election.electionDate(), rules, localShares(election, rules, list.organizationId()));
  }

  private Map<String, Share> localShares(Election election, List<StructureRule> rules, String organizationId) {
    if (!comparesWithLocal(rules)) return Map.of();
    String path = organizations.get(organizationId).path();
    List<Member> local = new ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      List<Member> page = members.search(path, "", offset, PAGE);
      local.addAll(page);
      if (page.size() < PAGE) break;
    }
    return StructureEvaluator.localShares(rules, local, election.electionDate());
  }

  private static boolean comparesWithLocal(List<StructureRule> rules) {
    return rules.stream().anyMatch(r -> (r.kindOrCount() == RuleKind.SHARE && r.basis() == ShareBasis.LOCAL_MEMBERS)
        || comparesWithLocal(r.children()));
  }
}
