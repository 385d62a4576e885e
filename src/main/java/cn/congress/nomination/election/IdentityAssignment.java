package cn.congress.nomination.election;

import java.time.Instant;

/** A member's primary identity category in one election, the evidence for it, and who assigned it when. */
public record IdentityAssignment(String memberId, String category, String evidence, String assignedBy,
                                 Instant assignedAt) {}
