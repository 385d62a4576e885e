package cn.congress.nomination.meeting;

/** CONTRACT SKELETON (helper U completes): which collective decision a meeting record holds. */
public enum MeetingKind {
  COMMITTEE_SELECTION,
  UNIT_SELECTION,
  TARGET_PROPOSAL,
  TARGET_DECISION
}
