package cn.congress.nomination.nomination;

/** One nominee of a branch meeting: all votes they received and, of those, the votes cast by full members. */
public record NomineeVotes(String memberId, Integer votes, Integer fullMemberVotes) {}
