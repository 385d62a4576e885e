package cn.congress.nomination.publicity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A publicity period as kept in the domain: what is published, when, for how many working days, its first and last
 * working day and the instant it ends (24:00 Asia/Shanghai of the last day), and where its process is.
 */
public record Publicity(String id, String electionId, String electoralUnitId, PublicitySubject subject,
                        LocalDate publishedOn, int workingDays, LocalDate firstDay, LocalDate lastDay, Instant endsAt,
                        String openedBy, Instant openedAt, String processInstanceId, Instant closedAt) {

  /** Objections are received from the opening until the end instant (exclusive). */
  public boolean isOpenAt(Instant now) {
    return now.isBefore(endsAt);
  }

  /** The end as people read it: "2024年10月10日24时". */
  public String endText() {
    return "%d年%d月%d日24时".formatted(lastDay.getYear(), lastDay.getMonthValue(), lastDay.getDayOfMonth());
  }
}
