package cn.congress.nomination.congress;

/**
 * A name written in (另选他人) beside the candidate it replaces: the member the counters identified (null when they
 * could not identify one) and the name as written.
 */
public record WriteIn(String replaces, String memberId, String name) {}
