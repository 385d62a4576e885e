package cn.congress.nomination.calendar;

/** What to do with a day in a year whose holiday notice is not loaded. */
public enum UnknownYearPolicy {
  /** Refuse to compute: a deadline could fall on a holiday nobody knows about yet. The default. */
  REFUSE,
  /** Count weekends only (holidays unknown). For demos and tests; logged loudly at start-up. */
  WEEKENDS_ONLY
}
