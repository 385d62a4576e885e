package cn.congress.nomination.nomination;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.IdentityCategory;
import cn.congress.nomination.organization.Member;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the nominee policies need to judge one nominee: the member, their identity category in this election (null when
 * none is assigned yet), the electoral unit's path, the path of the member's branch and the election date.
 */
public record NomineeContext(Member member, IdentityCategory category, String electoralUnitPath, String branchPath,
                             LocalDate electionDate) {

  public NomineeContext {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(electoralUnitPath, "electoralUnitPath");
    Objects.requireNonNull(electionDate, "electionDate");
  }

  /** Resolves the member's category code against the election's identity definition. */
  public static NomineeContext of(CategorizedMember nominee, Election election, String electoralUnitPath,
                                  String branchPath) {
    IdentityCategory category = nominee.category() == null ? null : election.category(nominee.category())
        .orElseThrow(() -> new IllegalArgumentException(
            "身份类别 " + nominee.category() + " 未在选举 " + election.id() + " 的身份定义中"));
    return new NomineeContext(nominee.member(), category, electoralUnitPath, branchPath, election.electionDate());
  }

  public Optional<IdentityCategory> assignedCategory() {
    return Optional.ofNullable(category);
  }

  /** "张三（m-1）": how reasons name the person. */
  String person() {
    return member.name() + "（" + member.id() + "）";
  }

  Optional<Rejection> reject(String rule, String reason) {
    return Optional.of(new Rejection(member.id(), member.name(), rule, person() + reason));
  }
}
