package cn.congress.nomination.audit;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only legal record of decisions. Written in the caller's transaction, so an entry exists exactly when the
 * decision it records was committed. There is no update or delete.
 */
@Component
public class AuditLog {

  private final JdbcClient jdbc;

  AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String actor, String action, String subjectType, String subjectId, String detail) {
    jdbc.sql("insert into audit_entry (occurred_at, actor, action, subject_type, subject_id, detail) values (?, ?, ?, ?, ?, ?)")
        .params(Timestamp.from(Instant.now()), actor, action, subjectType, subjectId,
            detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3997) + "...")
        .update();
  }
}
