package cn.congress.nomination.election;

/** One line of a bulk identity assignment as the API receives it. */
public record IdentityRequest(String memberId, String category, String evidence) {}
