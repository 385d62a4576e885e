package cn.congress.nomination.discipline;

import cn.congress.nomination.election.Stage;
import java.time.Instant;

/**
 * A reported breach of the discipline rules and its verification: who reported what about whom, the discipline
 * commission's conclusion and findings, and the stage the person was removed at when it was confirmed.
 */
public record ReportedViolation(long id, String electionId, String memberId, String name, ViolationKind kind,
                                String description, String source, String reportedBy, Instant reportedAt,
                                ViolationStatus status, String findings, String concludedBy, Instant concludedAt,
                                Stage removalStage) {

  /** A report as recorded over the API. */
  public record Request(String memberId, ViolationKind kind, String description, String source) {}

  /** The discipline commission's conclusion over the API. */
  public record Conclusion(ViolationStatus conclusion, String findings) {}
}
