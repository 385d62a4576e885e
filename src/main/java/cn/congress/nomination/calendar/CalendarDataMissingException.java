package cn.congress.nomination.calendar;

import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.time.LocalDate;
import java.util.List;

/**
 * A period reaches a day whose year has no holiday notice loaded, and the calendar is set to refuse. A validation
 * failure (422 through the API, rule CALENDAR_DATA_MISSING): the request asks for a deadline nobody can compute yet.
 */
public class CalendarDataMissingException extends ValidationException {

  public static final String RULE = "CALENDAR_DATA_MISSING";

  private final LocalDate date;
  private final int missingYear;

  CalendarDataMissingException(LocalDate date, int missingYear) {
    this(date, missingYear, message(date, missingYear));
  }

  private CalendarDataMissingException(LocalDate date, int missingYear, String message) {
    super(message, List.of(Violation.of("date", RULE, message)));
    this.date = date;
    this.missingYear = missingYear;
  }

  private static String message(LocalDate date, int missingYear) {
    return "无法计算工作日：缺少" + missingYear + "年的法定节假日安排数据（涉及日期 " + date
        + "）。请在日历目录中添加该年度的节假日文件。";
  }

  public LocalDate date() {
    return date;
  }

  public int missingYear() {
    return missingYear;
  }
}
