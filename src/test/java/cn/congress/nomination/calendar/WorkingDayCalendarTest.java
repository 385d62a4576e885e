package cn.congress.nomination.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class WorkingDayCalendarTest {

  static HolidayNotices shipped(String... extraJson) throws IOException {
    List<InputStream> files = new ArrayList<>();
    files.add(WorkingDayCalendarTest.class.getClassLoader().getResourceAsStream(CalendarConfiguration.SHIPPED));
    for (String json : extraJson) files.add(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    return HolidayNotices.read(files);
  }

  final WorkingDayCalendar calendar = new WorkingDayCalendar(shipped(), UnknownYearPolicy.REFUSE);

  WorkingDayCalendarTest() throws IOException {}

  @Test
  void nationalDay2024_makeUpSundayCounts_holidayWeekSkipped() {
    Period period = calendar.period(LocalDate.of(2024, 9, 27), 5);  // Friday

    assertThat(period.firstDay()).isEqualTo(LocalDate.of(2024, 9, 29));  // make-up Sunday
    assertThat(period.lastDay()).isEqualTo(LocalDate.of(2024, 10, 10));  // 09-29, 09-30, 10-08, 10-09, 10-10
    assertThat(period.endsAt()).isEqualTo(ZonedDateTime.parse("2024-10-11T00:00+08:00[Asia/Shanghai]").toInstant());
  }

  @Test
  void springFestival2025_makeUpSaturdayCounts() {
    Period period = calendar.period(LocalDate.of(2025, 1, 27), 5);  // Monday, the eve of the holiday

    assertThat(period.firstDay()).isEqualTo(LocalDate.of(2025, 2, 5));
    assertThat(period.lastDay()).isEqualTo(LocalDate.of(2025, 2, 10));  // 02-05, 02-06, 02-07, 02-08 (Sat), 02-10
    assertThat(period.endsAt()).isEqualTo(Instant.parse("2025-02-10T16:00:00Z"));
  }

  @Test
  void ordinaryWeek_publicationDayNotCounted_weekendSkipped() {
    Period period = calendar.period(LocalDate.of(2025, 3, 5), 5);  // Wednesday

    assertThat(period.firstDay()).isEqualTo(LocalDate.of(2025, 3, 6));
    assertThat(period.lastDay()).isEqualTo(LocalDate.of(2025, 3, 12));
  }

  @Test
  void periodReaching2027_isRefusedNamingTheYear() {
    assertThatThrownBy(() -> calendar.period(LocalDate.of(2026, 12, 28), 5))
        .isInstanceOf(CalendarDataMissingException.class).hasMessageContaining("2027");
    // the last days of December wait for next year's notice too: New Year's arrangements may move them
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2026, 12, 28)))
        .isInstanceOf(CalendarDataMissingException.class).hasMessageContaining("2027");
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
  }

  @Test
  void weekendsOnlyPolicy_countsWeekendsInUnknownYears() throws IOException {
    WorkingDayCalendar lenient = new WorkingDayCalendar(shipped(), UnknownYearPolicy.WEEKENDS_ONLY);

    Period period = lenient.period(LocalDate.of(2027, 1, 1), 5);  // a Friday in a year without data

    assertThat(period.lastDay()).isEqualTo(LocalDate.of(2027, 1, 8));
  }

  @Test
  void anOperatorAddedYear_isUsed() throws IOException {
    String year2027 = "{\"2027\":[{\"date\":\"2027-01-01\",\"name\":\"元旦\",\"isOffDay\":true}]}";
    WorkingDayCalendar extended = new WorkingDayCalendar(shipped(year2027), UnknownYearPolicy.REFUSE);

    assertThat(extended.isWorkingDay(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(extended.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(extended.period(LocalDate.of(2026, 12, 30), 2).lastDay()).isEqualTo(LocalDate.of(2027, 1, 4));
  }

  @Test
  void warnsFromFirstDecemberWhileNextYearIsMissing() throws IOException {
    HolidayNotices notices = shipped();
    Clock november = Clock.fixed(Instant.parse("2026-11-30T04:00:00Z"), WorkingDayCalendar.BEIJING);
    Clock december = Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"), WorkingDayCalendar.BEIJING);

    assertThat(new MissingYearWarning(notices, november).warning()).isEmpty();
    assertThat(new MissingYearWarning(notices, december).warning()).hasValueSatisfying(
        message -> assertThat(message).contains("2027"));
  }

  @Test
  void anOperatorFileInTheCalendarDirectory_isReadAtStart_withoutARebuild(@TempDir Path directory) throws IOException {
    Files.writeString(directory.resolve("cn-holidays-2027.json"), """
        {"2027": [{"date": "2027-01-01", "name": "元旦", "isOffDay": true}]}""");
    Files.writeString(directory.resolve("README.txt"), "not a notice file: ignored");

    HolidayNotices notices = new CalendarConfiguration().holidayNotices(directory);
    WorkingDayCalendar extended = new CalendarConfiguration().workingDayCalendar(notices, UnknownYearPolicy.REFUSE);

    assertThat(notices.years()).contains(2019, 2026, 2027);
    Period period = extended.period(LocalDate.of(2026, 12, 28), 5);  // refused without the 2027 file
    assertThat(period.lastDay()).isEqualTo(LocalDate.of(2027, 1, 5));  // 12-29, 12-30, 12-31, (01-01 off) 01-04, 01-05
    assertThat(new MissingYearWarning(notices,
        Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"), WorkingDayCalendar.BEIJING)).warning()).isEmpty();
  }

  @Test
  void aBrokenOperatorFile_stopsTheStart_namingTheFile(@TempDir Path directory) throws IOException {
    Files.writeString(directory.resolve("cn-holidays-2027.json"), "{\"2027\": [{\"date\": \"2027-13-01\"}]}");

    assertThatThrownBy(() -> new CalendarConfiguration().holidayNotices(directory))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("cn-holidays-2027.json");
  }

  @Test
  void weekendsOnly_isLoggedLoudlyAtStart() throws IOException {
    ch.qos.logback.classic.Logger logger =
        (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(CalendarConfiguration.class);
    var appender = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
    appender.start();
    logger.addAppender(appender);
    try {
      new CalendarConfiguration().workingDayCalendar(shipped(), UnknownYearPolicy.WEEKENDS_ONLY);
      new CalendarConfiguration().workingDayCalendar(shipped(), UnknownYearPolicy.REFUSE);
    } finally {
      logger.detachAppender(appender);
    }
    assertThat(appender.list).hasSize(1);
    assertThat(appender.list.get(0).getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
    assertThat(appender.list.get(0).getFormattedMessage()).contains("WEEKENDS ONLY");
  }
}
