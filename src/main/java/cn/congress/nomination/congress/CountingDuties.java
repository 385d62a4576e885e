package cn.congress.nomination.congress;

import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Separation of duties in counting: counters and scrutineers are different people; each count is entered twice, by two
 * different appointed counters; differences are resolved and the count confirmed by an appointed scrutineer who entered
 * neither entry.
 */
final class CountingDuties {
  private CountingDuties() {}

  static final String RULE_STAFF_DISJOINT = "STAFF_DISJOINT";
  static final String RULE_APPOINTED_COUNTER = "APPOINTED_COUNTER";
  static final String RULE_SECOND_COUNTER = "SECOND_COUNTER";
  static final String RULE_TWO_ENTRIES = "TWO_ENTRIES";
  static final String RULE_APPOINTED_SCRUTINEER = "APPOINTED_SCRUTINEER";
  static final String RULE_SCRUTINEER_NOT_COUNTER = "SCRUTINEER_NOT_COUNTER";

  static List<Violation> checkAppointment(List<String> counters, List<String> scrutineers) {
    List<Violation> v = new ArrayList<>();
    Set<String> c = new HashSet<>(counters == null ? List.of() : counters);
    Set<String> s = new HashSet<>(scrutineers == null ? List.of() : scrutineers);
    if (c.size() < 2 || c.contains(null) || c.contains("")) {
      v.add(Violation.of("counters", "TWO_COUNTERS", "counters：须指定至少两名计票人（每份计票由两人分别录入）"));
    }
    if (s.isEmpty() || s.contains(null) || s.contains("")) {
      v.add(Violation.of("scrutineers", "REQUIRED", "scrutineers：须指定监票人"));
    }
    Set<String> both = new HashSet<>(c);
    both.retainAll(s);
    if (!both.isEmpty()) {
      v.add(Violation.of("scrutineers", RULE_STAFF_DISJOINT, "scrutineers：" + String.join("、", both)
          + " 不能既是计票人又是监票人"));
    }
    return v;
  }

  static List<Violation> mayEnter(String user, Set<String> counters, List<String> entered) {
    if (!counters.contains(user)) {
      return List.of(Violation.of("counter", RULE_APPOINTED_COUNTER, "counter：" + user + " 不是本次会议的计票人"));
    }
    if (entered.contains(user)) {
      return List.of(Violation.of("counter", RULE_SECOND_COUNTER, "counter：" + user
          + " 已录入本轮计票，第二次录入须由另一名计票人完成"));
    }
    if (entered.size() >= 2) {
      return List.of(Violation.of("counter", RULE_TWO_ENTRIES, "counter：本轮计票已由两名计票人录入"));
    }
    return List.of();
  }

  /** The scrutineer who resolves differences or confirms the count. */
  static List<Violation> mayScrutinize(String user, Set<String> scrutineers, List<String> entered) {
    List<Violation> v = new ArrayList<>();
    if (!scrutineers.contains(user)) {
      v.add(Violation.of("scrutineer", RULE_APPOINTED_SCRUTINEER, "scrutineer：" + user + " 不是本次会议的监票人"));
    }
    if (entered.contains(user)) {
      v.add(Violation.of("scrutineer", RULE_SCRUTINEER_NOT_COUNTER, "scrutineer：" + user
          + " 录入了本轮计票，不能确认（须由未参与录入的监票人确认）"));
    }
    return v;
  }
}
