package cn.congress.nomination.nomination.unit;

import java.util.Date;

/** What the process's timers call on the bean {@code deadlines} (helper F's); mocked in the process tests. */
public interface DeadlineDates {
  Date dueOf(String electionId, String step);

  Date reminderOf(String electionId, String step);
}
