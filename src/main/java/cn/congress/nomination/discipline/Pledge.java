package cn.congress.nomination.discipline;

import java.time.Instant;
import java.time.LocalDate;

/** A signed pledge to keep the discipline rules: the member, the day they signed, who recorded it and when. */
public record Pledge(String electionId, String memberId, String name, LocalDate signedOn, String remark,
                     String recordedBy, Instant recordedAt) {

  /** A pledge as recorded over the API. */
  public record Request(String memberId, LocalDate signedOn, String remark) {}
}
