package cn.congress.nomination.congress;

/** A name on the ballot (正式候选人): the member, their name as printed, and the source of their seat. */
public record FormalCandidate(String memberId, String name, SeatSource seatSource) {}
