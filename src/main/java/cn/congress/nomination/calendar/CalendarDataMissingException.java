package cn.congress.nomination.calendar;

import java.time.LocalDate;

/** A period reaches a day whose year has no holiday notice loaded, and the calendar is set to refuse. */
public class CalendarDataMissingException extends RuntimeException {

  private final LocalDate date;

  CalendarDataMissingException(LocalDate date, int missingYear) {
    super("无法计算工作日：缺少" + missingYear + "年的法定节假日安排数据（涉及日期 " + date
        + "）。请在日历目录中添加该年度的节假日文件。");
    this.date = date;
  }

  public LocalDate date() {
    return date;
  }
}
