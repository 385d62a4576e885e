package cn.congress.nomination.campaign;

/** The schedule of an election was replaced; published inside the transaction that wrote it. */
public record ScheduleChanged(String electionId, String changedBy) {}
