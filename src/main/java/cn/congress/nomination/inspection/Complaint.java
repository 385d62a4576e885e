package cn.congress.nomination.inspection;

import java.time.Instant;
import java.util.List;

/**
 * A complaint about a target received during the inspection: specific and verifiable ones must be verified (the fourth
 * must) with a conclusion and evidence; others are recorded and need no verification.
 */
public record Complaint(long id, Instant receivedAt, String channel, String content, boolean specific,
                        boolean withinNotice, String recordedBy, Conclusion conclusion, String verification,
                        List<Evidence> evidence, String verifiedBy, Instant verifiedAt) {

  public boolean needsVerification() {
    return specific && conclusion == null;
  }

  public enum Conclusion {
    SUBSTANTIATED("属实"),
    UNSUBSTANTIATED("不属实");

    private final String label;

    Conclusion(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A complaint as entered. */
  public record Request(String channel, String content, Boolean specific) {}

  /** A complaint's verification as entered. */
  public record Verification(Conclusion conclusion, String verification, List<Evidence> evidence) {}
}
