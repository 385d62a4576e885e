package cn.congress.nomination.election;

/** The seats a recommending unit nominates against. */
public record UnitSeats(String organizationId, Integer seats) {}
