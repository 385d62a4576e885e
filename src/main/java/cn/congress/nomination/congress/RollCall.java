package cn.congress.nomination.congress;

import cn.congress.nomination.election.Quorum;
import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The roll call of the electing meeting (应到 / 实到). The meeting may vote only when the present voters meet the
 * election's {@link Quorum} (e.g. more than 4/5 of the expected), compared in whole numbers.
 */
public record RollCall(Integer expected, Integer present) {

  /** Rule codes. */
  public static final String RULE_EXPECTED = "EXPECTED_POSITIVE";
  public static final String RULE_PRESENT = "PRESENT_WITHIN_EXPECTED";
  public static final String RULE_QUORUM = "QUORUM";

  /** Every rule the roll call breaks (empty: the meeting may vote). */
  public List<Violation> check(Quorum quorum) {
    List<Violation> v = new ArrayList<>();
    if (expected == null || expected < 1) {
      v.add(Violation.of("expected", RULE_EXPECTED, "expected：应到会人数须至少 1 人"));
      return v;
    }
    if (present == null || present < 0 || present > expected) {
      v.add(Violation.of("present", RULE_PRESENT, "present：实到会人数须在 0 至应到会人数 " + expected + " 之间"));
      return v;
    }
    if (!quorum.isMetBy(expected, present)) {
      v.add(Violation.of("present", RULE_QUORUM, "present：实到会 " + present + " 人，未达到" + quorum.describe()
          + "（至少 " + quorum.minimumPresent(expected) + " 人），不能进行选举"));
    }
    return v;
  }
}
