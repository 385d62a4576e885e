package cn.congress.nomination.calendar;

import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar for people planning a schedule: which years are loaded, and the period a publication on a
 * given day runs (the same computation publicities use). A period reaching a year without data is answered with 422.
 */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "calendar", description = "工作日日历：已加载的年度，公示期计算")
class CalendarController {

  static final int MAX_WORKING_DAYS = 60;

  record Years(Set<Integer> years) {}

  private final WorkingDayCalendar calendar;
  private final HolidayNotices notices;

  CalendarController(WorkingDayCalendar calendar, HolidayNotices notices) {
    this.calendar = calendar;
    this.notices = notices;
  }

  @GetMapping("/years")
  @Operation(summary = "The notice years whose holiday arrangements are loaded (shipped and operator-added)")
  Years years() {
    return new Years(notices.years());
  }

  @GetMapping("/period")
  @Operation(summary = "The period of N working days for something published on the given day: day 1 is the first "
      + "working day after it, the end is 24:00 Asia/Shanghai of the last working day; 422 CALENDAR_DATA_MISSING when "
      + "the period reaches a year without holiday data")
  Period period(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
                @RequestParam(defaultValue = "5") int workingDays) {
    if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
      String message = "workingDays：工作日数应为1至" + MAX_WORKING_DAYS;
      throw new ValidationException(message, List.of(Violation.of("workingDays", "WORKING_DAYS_RANGE", message)));
    }
    try {
      return calendar.period(publishedOn, workingDays);
    } catch (CalendarDataMissingException e) {
      throw new ValidationException(e.getMessage(), List.of(Violation.of("publishedOn", CalendarDataMissingException.RULE, "publishedOn：" + e.getMessage())));
    }
  }
}
