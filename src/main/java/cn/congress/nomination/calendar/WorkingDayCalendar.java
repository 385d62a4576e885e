package cn.congress.nomination.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

/**
 * The PRC working-day calendar: weekends off, statutory holidays off, make-up working days on.
 *
 * <p>Convention for periods (as the Civil Code counts periods in days, art. 201 and 203): the day of publication is not
 * counted; day 1 is the first working day after it; the period ends at 24:00 (Beijing time) of its last working day.
 * A period of 5 working days published on Friday 2024-09-27 runs 09-29 (make-up Sunday), 09-30, 10-08, 10-09, 10-10.
 */
public final class WorkingDayCalendar {

  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  /** New Year's arrangements of a notice often reach back into the last days of the previous December. */
  private static final int NEXT_NOTICE_REACHES_BACK_FROM_DAY = 25;

  private final HolidayNotices notices;
  private final UnknownYearPolicy unknownYears;

  public WorkingDayCalendar(HolidayNotices notices, UnknownYearPolicy unknownYears) {
    this.notices = notices;
    this.unknownYears = unknownYears;
  }

  public boolean isWorkingDay(LocalDate date) {
    requireKnown(date);
    Boolean adjustment = notices.adjustment(date);
    if (adjustment != null) return !adjustment;
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** A period of the given number of working days for something published on the given day. */
  public Period period(LocalDate publishedOn, int workingDays) {
    if (workingDays < 1) throw new IllegalArgumentException("A period has at least one working day: " + workingDays);
    LocalDate day = publishedOn;
    LocalDate first = null;
    for (int counted = 0; counted < workingDays; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
        if (first == null) first = day;
      }
    }
    return new Period(publishedOn, workingDays, first, day, day.plusDays(1).atStartOfDay(BEIJING).toInstant());
  }

  /** Whether every day of the given year can be decided without guessing. */
  public boolean knows(int year) {
    return notices.covers(year) && notices.covers(year + 1);
  }

  private void requireKnown(LocalDate date) {
    if (unknownYears == UnknownYearPolicy.WEEKENDS_ONLY) return;
    if (!notices.covers(date.getYear())) throw new CalendarDataMissingException(date, date.getYear());
    boolean lastDaysOfYear = date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= NEXT_NOTICE_REACHES_BACK_FROM_DAY;
    if (lastDaysOfYear && !notices.covers(date.getYear() + 1)) {
      throw new CalendarDataMissingException(date, date.getYear() + 1);
    }
  }
}
