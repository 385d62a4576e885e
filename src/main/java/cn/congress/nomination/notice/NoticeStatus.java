package cn.congress.nomination.notice;

/** Delivery state of a notice in the outbox. */
public enum NoticeStatus {
  PENDING, DELIVERED, FAILED
}
