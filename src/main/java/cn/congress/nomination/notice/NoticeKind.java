package cn.congress.nomination.notice;

/** CONTRACT SKELETON (helper F completes): what a notice is about. */
public enum NoticeKind {
  BRANCH_NOMINEES_FIXED,
  UNIT_SELECTION_FIXED,
  REMINDER,
  LATE
}
