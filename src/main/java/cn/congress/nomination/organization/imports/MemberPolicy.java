package cn.congress.nomination.organization.imports;

import cn.congress.nomination.organization.Member;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A rule over one member's whole record (several values together), as a named policy: the rule, the column the user
 * should fix, and the check. Values that failed to parse are null and the policies that need them stay silent.
 */
record MemberPolicy(ImportRule rule, MemberColumn column, Check check) {

  @FunctionalInterface
  interface Check {
    /** Empty when the member keeps the rule, else the detail that tells the user what is wrong. */
    Optional<String> breach(Member member, LocalDate today);
  }

  Optional<String> breach(Member member, LocalDate today) {
    return check.breach(member, today);
  }
}
