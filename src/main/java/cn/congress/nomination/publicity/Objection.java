package cn.congress.nomination.publicity;

import java.time.Instant;

/**
 * An objection raised against a published name and its verification. {@code conclusion} is null while the discipline
 * commission's verification is open.
 */
public record Objection(String id, String publicityId, String memberId, ObjectionChannel channel, String content,
                        String contact, String clientAddress, String enteredBy, Instant receivedAt,
                        Conclusion conclusion, String findings, String concludedBy, Instant concludedAt) {

  public boolean isConcluded() {
    return conclusion != null;
  }

  public String state() {
    return isConcluded() ? "CONCLUDED" : "VERIFYING";
  }
}
