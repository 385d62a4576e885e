package cn.congress.nomination.calendar;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The State Council's holiday notices: for each notice year, the days it turns off (holidays) or on (make-up working
 * days). Immutable; built from one or more JSON files of the shipped format, later files winning.
 */
public final class HolidayNotices {

  record Entry(String date, String name, boolean isOffDay) {}

  private final Set<Integer> noticeYears;
  private final Map<LocalDate, Boolean> offDays;

  private HolidayNotices(Set<Integer> noticeYears, Map<LocalDate, Boolean> offDays) {
    this.noticeYears = Set.copyOf(noticeYears);
    this.offDays = Map.copyOf(offDays);
  }

  public static HolidayNotices read(List<InputStream> files) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<Integer> years = new TreeSet<>();
    Map<LocalDate, Boolean> days = new HashMap<>();
    for (InputStream file : files) {
      Map<String, List<Entry>> notices = json.readValue(file, new TypeReference<>() {});
      notices.forEach((year, entries) -> {
        years.add(Integer.parseInt(year));
        entries.forEach(entry -> days.put(LocalDate.parse(entry.date()), entry.isOffDay()));
      });
    }
    return new HolidayNotices(years, days);
  }

  /** Whether the notice for this year has been published (and loaded). */
  public boolean covers(int year) {
    return noticeYears.contains(year);
  }

  public Set<Integer> years() {
    return noticeYears;
  }

  /** The notice's word on this day: true = off (holiday), false = make-up working day, null = an ordinary day. */
  Boolean adjustment(LocalDate date) {
    return offDays.get(date);
  }
}
