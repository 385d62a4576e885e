package cn.congress.nomination.campaign;

import cn.congress.nomination.calendar.WorkingDayCalendar;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.election.ScheduleStep;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Due dates of the campaign's timers, computed from the election's schedule. Every BPMN deadline is written exactly as
 * {@code ${deadlines.dueOf(electionId, 'STEP')}} or {@code ${deadlines.reminderOf(electionId, 'STEP')}}: the
 * {@link TimerRescheduler} reads that text from the model to move pending timers when the schedule changes.
 */
@Component("deadlines")
public class Deadlines {

  /** Reminders go out in the morning of their working day. */
  static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

  private final Elections elections;
  private final WorkingDayCalendar calendar;
  private final int reminderWorkingDays;

  Deadlines(Elections elections, WorkingDayCalendar calendar,
            @Value("${nomination.deadlines.reminder-working-days:2}") int reminderWorkingDays) {
    this.elections = elections;
    this.calendar = calendar;
    this.reminderWorkingDays = reminderWorkingDays;
  }

  /** The end of the step's deadline day (24:00 Beijing time); an optional step without one is due with its fallback. */
  public Date dueOf(String electionId, String step) {
    return Date.from(dueDay(electionId, step).plusDays(1).atStartOfDay(WorkingDayCalendar.BEIJING).toInstant());
  }

  /** 09:00 Beijing time of the working day reminder-working-days before the deadline day. */
  public Date reminderOf(String electionId, String step) {
    LocalDate day = dueDay(electionId, step);
    for (int counted = 0; counted < reminderWorkingDays; ) {
      day = day.minusDays(1);
      if (calendar.isWorkingDay(day)) counted++;
    }
    return Date.from(day.atTime(REMINDER_TIME).atZone(WorkingDayCalendar.BEIJING).toInstant());
  }

  LocalDate dueDay(String electionId, String stepName) {
    ScheduleStep step = step(stepName);
    Election election = elections.get(electionId);
    return election.deadline(step).orElseThrow(() -> missing(electionId, step));
  }

  static ScheduleStep step(String name) {
    try {
      return ScheduleStep.valueOf(name);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("Unknown schedule step '" + name + "'; one of "
          + Arrays.toString(ScheduleStep.values()));
    }
  }

  static ValidationException missing(String electionId, ScheduleStep step) {
    String message = "schedule：选举 " + electionId + " 的日程中没有“" + step.label() + "”（" + step + "）的截止日期";
    return new ValidationException(message, List.of(Violation.of("schedule", "DEADLINE_MISSING", message)));
  }
}
