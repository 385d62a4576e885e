package cn.congress.nomination.meeting;

/** One name at a meeting: the votes it received, whether the meeting selected it, why where it departs from support. */
public record MeetingVote(String memberId, Integer votes, boolean selected, String departureReason) {}
