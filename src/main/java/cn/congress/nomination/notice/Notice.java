package cn.congress.nomination.notice;

import java.time.Instant;

/** One notice to one organization, as stored in the outbox. */
public record Notice(long id, NoticeKind kind, String kindLabel, String electionId, String organizationId,
                     String subject, String body, String messageName, NoticeStatus status, int attempts,
                     String lastError, Instant createdAt, Instant deliveredAt) {}
