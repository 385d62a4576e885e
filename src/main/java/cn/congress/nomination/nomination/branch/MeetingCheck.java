package cn.congress.nomination.nomination.branch;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.ElectionIdentities;
import cn.congress.nomination.nomination.BranchMeetingRecord;
import cn.congress.nomination.nomination.BranchMeetingRules;
import cn.congress.nomination.nomination.NomineeContext;
import cn.congress.nomination.nomination.NomineePolicies;
import cn.congress.nomination.nomination.Rejection;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Every rule a branch meeting record must keep, on the server: the arithmetic ({@link BranchMeetingRules}), the
 * education count, and each nominee against the member data and the election ({@link NomineePolicies}). Used when the
 * record is saved and again when it is submitted (member data may have changed meanwhile).
 */
@Component
class MeetingCheck {

  private final Members members;
  private final Organizations organizations;
  private final ElectionIdentities identities;
  private final BranchRules rules;

  MeetingCheck(Members members, Organizations organizations, ElectionIdentities identities, BranchRules rules) {
    this.members = members;
    this.organizations = organizations;
    this.identities = identities;
    this.rules = rules;
  }

  /** The outcome: every violation, and for a sound record each nominee's category as checked. */
  record Result(List<Violation> violations, List<String> categories) {
    boolean valid() {
      return violations.isEmpty();
    }
  }

  Result check(MeetingRequest request, Election election) {
    BranchMeetingRecord record = request.record();
    List<Violation> violations = new ArrayList<>(BranchMeetingRules.check(record));
    educated(request, violations);
    String unitPath = organizations.get(election.electoralUnitId()).path();
    List<String> ids = record.nominees().stream().filter(Objects::nonNull).map(n -> n.memberId())
        .filter(id -> id != null && !id.isBlank()).toList();
    Map<String, String> assigned = identities.categoriesOf(election.id(), ids);
    List<String> categories = new ArrayList<>();
    for (int i = 0; i < request.nominees().size(); i++) {
      MeetingRequest.NomineeRow row = request.nominees().get(i);
      String memberId = row == null || row.memberId() == null ? null : row.memberId().trim();
      String proposed = row == null || row.category() == null || row.category().isBlank() ? null : row.category().trim();
      String category = proposed != null ? proposed : memberId == null ? null : assigned.get(memberId);
      categories.add(category);
      if (memberId == null || memberId.isBlank()) continue;
      String field = "nominees[" + i + "].memberId";
      Member member = members.find(memberId).orElse(null);
      if (member == null) {
        violations.add(Violation.of(field, "MEMBER_EXISTS", field + "：党员编号 " + memberId + " 不存在"));
        continue;
      }
      if (category != null && election.category(category).isEmpty()) {
        String categoryField = "nominees[" + i + "].category";
        violations.add(Violation.of(categoryField, "CATEGORY_DEFINED", categoryField + "：" + member.name() + "（"
            + memberId + "）的身份类别 " + category + " 未在本次选举的身份定义中"));
        continue;
      }
      String branchPath = organizations.find(member.organizationId()).map(Organization::path).orElse(null);
      NomineeContext context = NomineeContext.of(new CategorizedMember(member, category), election, unitPath, branchPath);
      for (Rejection rejection : NomineePolicies.check(context, rules.nomineePolicies())) {
        violations.add(Violation.of(field, rejection.rule(), field + "：" + rejection.reason()));
      }
    }
    return new Result(List.copyOf(violations), categories);
  }

  private static void educated(MeetingRequest request, List<Violation> violations) {
    Integer educated = request.educated();
    if (educated == null) {
      violations.add(Violation.of("educated", "REQUIRED", "educated：受教育党员人数不能为空"));
    } else if (educated < 0) {
      violations.add(Violation.of("educated", "NOT_NEGATIVE", "educated：受教育党员人数 " + educated + " 不能为负数"));
    } else if (request.expected() != null && educated > request.expected()) {
      violations.add(Violation.of("educated", "WITHIN_EXPECTED",
          "educated：受教育党员人数 " + educated + " 超过应到人数 " + request.expected()));
    }
  }
}
