package cn.congress.nomination.congress;

import java.time.Instant;

/** The record that the candidate list was explained (by whom) and the candidates introduced (how), before the vote. */
public record Introduction(String explainedBy, String introduction, String recordedBy, Instant recordedAt) {

  /** What the organization department enters. */
  public record Request(String explainedBy, String introduction) {}
}
