package cn.congress.nomination.fanout;

/** A child organization that has not completed yet, with its name for the escalation task's list. */
public record LateChild(String organizationId, String name, boolean started) {}
