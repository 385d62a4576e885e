package cn.congress.nomination.candidate.initial;

import java.time.Instant;

/** An answer on a proposal of initial candidates: the discipline commission's opinion or the upper committee's consent. */
public record InitialReview(long meetingId, Step step, boolean agrees, String remark, String decidedBy,
                            Instant decidedAt) {

  public enum Step { DISCIPLINE, UPPER }
}
