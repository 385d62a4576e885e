package cn.congress.nomination.congress;

/**
 * Where two entries of a count differ: the field (e.g. {@code ballots[17].marks.m-3}, {@code candidates.m-3.votesFor})
 * and a message naming it. It carries neither value, so listing it reveals nothing of a sealed count: the counters go
 * back to the paper.
 */
public record Difference(String field, String message) {}
