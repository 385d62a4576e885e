package cn.congress.nomination.congress;

/** A delegate the conference elected: who, the source of their seat, the round that elected them and its votes. */
public record ElectedDelegate(String memberId, String name, SeatSource seatSource, int round, int votesFor) {}
