package cn.congress.nomination.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * From 1 December, warns every day (and at start-up) while next year's holiday notice is missing: periods reaching
 * into next year will be refused until an operator adds it.
 */
@Component
class MissingYearWarning {

  private static final Logger log = LoggerFactory.getLogger(MissingYearWarning.class);

  private final HolidayNotices notices;
  private final Clock clock;

  @Autowired
  MissingYearWarning(HolidayNotices notices) {
    this(notices, Clock.system(WorkingDayCalendar.BEIJING));
  }

  MissingYearWarning(HolidayNotices notices, Clock clock) {
    this.notices = notices;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Scheduled(cron = "0 0 8 * * *", zone = "Asia/Shanghai")
  void check() {
    warning().ifPresent(log::warn);
  }

  Optional<String> warning() {
    LocalDate today = LocalDate.now(clock);
    int next = today.getYear() + 1;
    if (today.getMonth() != Month.DECEMBER || notices.covers(next)) return Optional.empty();
    return Optional.of("The holiday notice for " + next + " is missing: periods reaching " + next
        + " (or the last days of " + today.getYear() + ") will be refused. Add cn-holidays-" + next
        + ".json to the calendar directory.");
  }
}
