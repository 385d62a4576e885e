package cn.congress.nomination.congress;

/** Votes for one person written in (另选他人). */
public record WriteInVotes(String memberId, String name, Integer votes) {}
