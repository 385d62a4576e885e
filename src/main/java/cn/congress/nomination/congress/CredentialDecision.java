package cn.congress.nomination.congress;

import java.time.Instant;

/**
 * The credentials committee's decision on one delegate as elected in one round: confirmed, or invalid with its kind and
 * reason. A wrong procedure repeats that election (the person may stand again); a delegate not qualified is removed
 * from the candidates and replaced.
 */
public record CredentialDecision(String memberId, int round, Decision decision, InvalidKind invalidKind, String reason,
                                 String decidedBy, Instant decidedAt) {

  public enum Decision { CONFIRMED, INVALID }

  public enum InvalidKind {
    WRONG_PROCEDURE("选举程序违法，该名额重新选举"),
    NOT_QUALIFIED("不符合代表资格，另行补选");

    private final String label;

    InvalidKind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** What the credentials committee enters for one delegate. */
  public record Request(String memberId, Decision decision, InvalidKind invalidKind, String reason) {}
}
