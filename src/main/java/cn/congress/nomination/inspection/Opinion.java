package cn.congress.nomination.inspection;

import java.time.Instant;

/** An opinion on a target: agrees (no objection) or not, its text, for a regulator which one, who gave it. */
public record Opinion(OpinionSource source, boolean agrees, String opinion, String onBehalfOf, String givenBy,
                      Instant givenAt, boolean submitted) {

  /** What a user sends to save an opinion. */
  public record Request(Boolean agrees, String opinion, String onBehalfOf) {}
}
