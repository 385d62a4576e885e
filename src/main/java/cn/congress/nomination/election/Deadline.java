package cn.congress.nomination.election;

import java.time.LocalDate;

/** The calendar date by which a step of the campaign must be done (inclusive). */
public record Deadline(ScheduleStep step, LocalDate dueOn) {}
