package cn.congress.nomination.nomination.branch;

import java.time.Instant;

/** Where one branch stands in the nomination: NOT_SUBMITTED, SUBMITTED or SENT_BACK (with the reason). */
public record BranchState(String branchId, String name, String status, Instant submittedAt, String sentBackReason) {}
