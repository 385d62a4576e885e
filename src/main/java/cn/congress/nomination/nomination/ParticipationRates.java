package cn.congress.nomination.nomination;

import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A branch's participation rate (members taking part / expected) and education rate (members told of the nomination /
 * expected), kept as exact fractions; the percentage to one decimal is only for display and statistics tables.
 */
public record ParticipationRates(Rate participation, Rate education) {

  /** count / expected, exact; {@link #percent()} rounds half up to one decimal. */
  public record Rate(int count, int expected) {

    public BigDecimal percent() {
      return BigDecimal.valueOf(100L * count).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP);
    }

    /** The fraction in lowest terms, e.g. "29/30". */
    public String fraction() {
      int gcd = gcd(count, expected);
      return count / gcd + "/" + expected / gcd;
    }

    @Override
    public String toString() {
      return count + "/" + expected + "（" + percent().toPlainString() + "%）";
    }

    private static int gcd(int a, int b) {
      return b == 0 ? a : gcd(b, a % b);
    }
  }

  /** Refuses counts a rate cannot be made of (nothing expected, negative, more than expected), naming each field. */
  public static ParticipationRates of(int expected, int participants, int educated) {
    List<Violation> violations = new ArrayList<>();
    if (expected <= 0) {
      violations.add(Violation.of("expected", "EXPECTED_POSITIVE",
          "expected：应到人数为 " + expected + "，无法计算参与率和教育率"));
    } else {
      within(violations, "participants", "参加人数", participants, expected);
      within(violations, "educated", "受教育人数", educated, expected);
    }
    if (!violations.isEmpty()) throw new ValidationException("参与率无法计算", violations);
    return new ParticipationRates(new Rate(participants, expected), new Rate(educated, expected));
  }

  public static ParticipationRates of(BranchMeetingRecord meeting, int educated) {
    if (meeting.expected() == null) {
      throw new ValidationException("参与率无法计算", List.of(Violation.of("expected", "REQUIRED", "expected：应到人数不能为空")));
    }
    return of(meeting.expected(), meeting.participantCount(), educated);
  }

  private static void within(List<Violation> violations, String field, String label, int count, int expected) {
    if (count < 0) {
      violations.add(Violation.of(field, "NOT_NEGATIVE", field + "：" + label + " " + count + " 不能为负数"));
    } else if (count > expected) {
      violations.add(Violation.of(field, "WITHIN_EXPECTED", field + "：" + label + " " + count + " 超过应到人数 " + expected));
    }
  }
}
