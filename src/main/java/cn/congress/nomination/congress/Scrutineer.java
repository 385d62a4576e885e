package cn.congress.nomination.congress;

/** A scrutineer (监票人): the user who confirms counts in the system and the voter (member) they are. */
public record Scrutineer(String userId, String memberId) {}
