package cn.congress.nomination.nomination.targets;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** The filing of the fixed targets with the upper committee: roster and statistics as filed, and its review. */
public record TargetFiling(long id, String electionId, JsonNode roster, JsonNode statistics, String filedBy,
                           Instant filedAt, String status, String reviewedBy, Instant reviewedAt, String reviewReason) {

  static final String FILED = "FILED";
  static final String CONSENTED = "CONSENTED";
  static final String RETURNED = "RETURNED";
  static final String NOT_REQUIRED = "NOT_REQUIRED";
}
