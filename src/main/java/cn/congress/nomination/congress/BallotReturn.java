package cn.congress.nomination.congress;

import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Ballots issued and returned in one round. More returned than issued voids the round (收回的选票多于发出的选票，选举
 * 无效): it is kept as it is and the round is held again.
 */
public record BallotReturn(Integer issued, Integer returned) {

  public static final String RULE_RETURNED_WITHIN_ISSUED = "RETURNED_WITHIN_ISSUED";

  public boolean voidsRound() {
    return returned > issued;
  }

  /** Figures that cannot be (422): ballots issued to more voters than are present, negative counts. */
  public List<Violation> check(int present) {
    List<Violation> v = new ArrayList<>();
    if (issued == null || issued < 1 || issued > present) {
      v.add(Violation.of("issued", "ISSUED_WITHIN_PRESENT", "issued：发出选票须为 1 至实到会人数 " + present + " 张"));
    }
    if (returned == null || returned < 0) {
      v.add(Violation.of("returned", "REQUIRED", "returned：须填写收回选票张数"));
    }
    return v;
  }

  public String describe() {
    return "发出选票 " + issued + " 张，收回 " + returned + " 张" + (voidsRound() ? "，收回多于发出，本轮选举无效" : "");
  }
}
