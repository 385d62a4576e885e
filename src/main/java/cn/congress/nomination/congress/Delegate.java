package cn.congress.nomination.congress;

import cn.congress.nomination.election.CategorizedMember;

/** An elected delegate with their identity category and the source of their seat. */
public record Delegate(CategorizedMember person, SeatSource seatSource) {}
