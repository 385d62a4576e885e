package cn.congress.nomination.nomination;

import cn.congress.nomination.election.IdentityKind;
import java.util.List;
import java.util.Optional;

/**
 * Who may be nominated, one named policy per rule (stable code, Chinese reason naming the person). The branch checks
 * every nominee against {@link #all()} before its meeting record is accepted.
 */
public final class NomineePolicies {
  private NomineePolicies() {}

  public static final NomineePolicy FULL_MEMBER = n -> n.member().isFullMember()
      ? Optional.empty() : n.reject("FULL_MEMBER", "是预备党员，不能被推荐为代表人选");

  /** The effect period includes its last day (see Member#sanctionedOn), so it must end before the election date. */
  public static final NomineePolicy NOT_SANCTIONED = n -> n.member().sanctionedOn(n.electionDate())
      ? n.reject("NOT_SANCTIONED", "在选举日 " + n.electionDate() + " 仍处于处分影响期内（"
          + (n.member().sanctionEndsOn() == null ? "无终止日期" : "至 " + n.member().sanctionEndsOn()) + "），不能被推荐")
      : Optional.empty();

  public static final NomineePolicy NOT_UNDER_INVESTIGATION = n -> n.member().underInvestigation()
      ? n.reject("NOT_UNDER_INVESTIGATION", "正在接受立案审查调查，不能被推荐") : Optional.empty();

  /** Paths end with '/', so a prefix match never confuses '/a/b/' with '/a/bc/'. */
  public static final NomineePolicy WITHIN_ELECTORAL_UNIT = n -> n.branchPath() != null
      && n.branchPath().startsWith(n.electoralUnitPath())
      ? Optional.empty() : n.reject("WITHIN_ELECTORAL_UNIT", "所在党支部不属于本选举单位，不能被推荐");

  /** 顶帽子: a leading cadre counted as frontline would fake the structure; a leader category needs a cadre level. */
  public static final NomineePolicy IDENTITY_CONSISTENT = n -> n.assignedCategory().flatMap(c -> {
    boolean cadre = n.member().isLeadingCadre();
    if (cadre && c.kind() == IdentityKind.FRONTLINE) {
      return n.reject("IDENTITY_CONSISTENT",
          "是领导干部，不能界定为生产和工作第一线身份“" + c.name() + "”（顶帽子）");
    }
    if (!cadre && c.kind() == IdentityKind.LEADER) {
      return n.reject("IDENTITY_CONSISTENT", "不是领导干部，不能界定为“" + c.name() + "”");
    }
    return Optional.empty();
  });

  /** Age in whole years at the election date (not today): the nominee must meet the limits on the day of the vote. */
  public static NomineePolicy ageAtElection(AgeLimits limits) {
    return n -> {
      if (n.member().birthDate() == null) {
        return n.reject("AGE_AT_ELECTION", "缺少出生日期，无法计算选举日年龄");
      }
      int age = n.member().ageOn(n.electionDate());
      if (age < limits.minimum()) {
        return n.reject("AGE_AT_ELECTION", "在选举日 " + n.electionDate() + " 年龄 " + age + " 岁，未满 "
            + limits.minimum() + " 岁");
      }
      if (limits.maximum() != null && age > limits.maximum()) {
        return n.reject("AGE_AT_ELECTION", "在选举日 " + n.electionDate() + " 年龄 " + age + " 岁，超过 "
            + limits.maximum() + " 岁");
      }
      return Optional.empty();
    };
  }

  public static List<NomineePolicy> all() {
    return all(AgeLimits.ADULT);
  }

  public static List<NomineePolicy> all(AgeLimits limits) {
    return List.of(FULL_MEMBER, NOT_SANCTIONED, NOT_UNDER_INVESTIGATION, WITHIN_ELECTORAL_UNIT, IDENTITY_CONSISTENT,
        ageAtElection(limits));
  }

  /** Every rule the nominee breaks, in the order of the policies. */
  public static List<Rejection> check(NomineeContext nominee, List<NomineePolicy> policies) {
    return policies.stream().flatMap(p -> p.check(nominee).stream()).toList();
  }
}
