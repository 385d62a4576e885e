package cn.congress.nomination.fanout;

import java.time.Instant;

/** Where a fan-out stands: children expected, started, completed, and whether (when) the parent was correlated. */
public record FanOutStatus(String id, String electionId, String parentOrganizationId, String parentProcessInstanceId,
                           String completionMessage, String childProcessKey, int expected, int started, int completed,
                           boolean correlated, Instant openedAt, Instant correlatedAt) {}
