package cn.congress.nomination.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Builds the working-day calendar from the shipped holiday notices plus any files an operator put into the calendar
 * directory (a new year without a rebuild).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CalendarConfiguration {

  static final String SHIPPED = "calendar/cn-holidays-2019-2026.json";
  private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

  @Bean
  HolidayNotices holidayNotices(@Value("${nomination.calendar.directory}") Path directory) throws IOException {
    List<InputStream> files = new ArrayList<>();
    files.add(new ClassPathResource(SHIPPED).getInputStream());
    List<Path> added = operatorFiles(directory);
    for (Path file : added) {
      requireReadable(file);
      files.add(Files.newInputStream(file));
    }
    try {
      HolidayNotices notices = HolidayNotices.read(files);
      log.info("Working-day calendar: holiday notices for {} (shipped {}, added {})", notices.years(), SHIPPED, added);
      return notices;
    } finally {
      for (InputStream file : files) file.close();
    }
  }

  @Bean
  WorkingDayCalendar workingDayCalendar(HolidayNotices notices,
                                        @Value("${nomination.calendar.unknown-years}") UnknownYearPolicy unknownYears) {
    if (unknownYears == UnknownYearPolicy.WEEKENDS_ONLY) {
      log.warn("*** Working-day calendar: years without a holiday notice count WEEKENDS ONLY "
          + "(nomination.calendar.unknown-years=WEEKENDS_ONLY). Deadlines in such years ignore holidays. "
          + "Use this for demos only. ***");
    }
    return new WorkingDayCalendar(notices, unknownYears);
  }

  /** A file an operator put there must be a notice file: a broken one stops the start, naming the file. */
  private static void requireReadable(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      HolidayNotices.read(List.of(in));
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("Working-day calendar: " + file + " is not a holiday notice file of the shipped "
          + "format ({\"<year>\": [{\"date\": \"yyyy-mm-dd\", \"name\": …, \"isOffDay\": true|false}]}): "
          + e.getMessage(), e);
    }
  }

  private static List<Path> operatorFiles(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) return List.of();
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }
}
