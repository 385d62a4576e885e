package cn.congress.nomination.candidate.initial;

/** 三上: a recommending unit's feedback on the initial candidates sent down to it. */
public record UnitFeedback(String unitId, boolean agrees, String remark, boolean submitted, String updatedBy) {

  /** What a unit submits: agrees or not, and a remark (required when it does not agree). */
  public record Request(Boolean agrees, String remark) {}
}
