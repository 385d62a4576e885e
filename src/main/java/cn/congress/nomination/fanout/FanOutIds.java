package cn.congress.nomination.fanout;

/** The ids of the campaign's fan-outs: one per waiting parent, derived from what it waits for. */
public final class FanOutIds {
  private FanOutIds() {}

  /** The campaign waiting for all recommending units of the election. */
  public static String units(String electionId) {
    return electionId + ":units";
  }

  /** A recommending unit waiting for all its branches. */
  public static String branches(String electionId, String unitId) {
    return electionId + ":branches:" + unitId;
  }
}
