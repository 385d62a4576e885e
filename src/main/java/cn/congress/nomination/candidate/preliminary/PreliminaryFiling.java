package cn.congress.nomination.candidate.preliminary;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * The list filed with the upper committee: the confirmed vote it comes from, the roster as filed, and the two gates
 * (preliminary review by the upper organization department, then the upper committee's approval).
 */
public record PreliminaryFiling(long id, String electionId, long meetingId, JsonNode roster, String filedBy,
                                Instant filedAt, String status, String reviewedBy, Instant reviewedAt,
                                String approvedBy, Instant approvedAt, String returnedAt, String returnReason) {

  public static final String FILED = "FILED";
  public static final String REVIEW_PASSED = "REVIEW_PASSED";
  public static final String APPROVED = "APPROVED";
  public static final String RETURNED = "RETURNED";

  /** The gates, as named in {@code returnedAt}. */
  public static final String GATE_REVIEW = "PRELIMINARY_REVIEW";
  public static final String GATE_APPROVAL = "APPROVAL";
}
