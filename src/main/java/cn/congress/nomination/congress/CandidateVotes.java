package cn.congress.nomination.congress;

/** One candidate's votes on the valid ballots of a round. */
public record CandidateVotes(String memberId, Integer votesFor, Integer against, Integer abstain) {}
