package cn.congress.nomination.meeting;

/** A name with the support behind it: the branches and the members that back it. */
public record RankedName(String memberId, String name, int branches, int members) {}
