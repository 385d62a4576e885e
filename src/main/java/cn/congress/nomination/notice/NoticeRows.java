package cn.congress.nomination.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Repository;

/** Reading and updating the notice outbox. */
@Repository
class NoticeRows {

  private static final String COLUMNS = "n.id, n.kind, n.election_id, n.organization_id, n.subject, n.body, "
      + "n.message_name, n.status, n.attempts, n.last_error, n.created_at, n.delivered_at";
  private static final int ERROR_LENGTH = 1000;

  private final JdbcClient jdbc;
  /** PostgreSQL skips rows another node holds; H2 (one process at a time) has no one to skip. */
  private final String lockClause;

  NoticeRows(JdbcClient jdbc, DataSource dataSource) throws Exception {
    this.jdbc = jdbc;
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
    this.lockClause = product.toLowerCase().contains("postgres") ? " for update skip locked" : " for update";
  }

  Optional<Notice> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from notice n where n.id = ?").param(id).query(NoticeRows::map).optional();
  }

  /** The next pending notice after the given id, locked until the transaction ends. */
  Optional<Notice> lockNextPending(long afterId) {
    return jdbc.sql("select " + COLUMNS + " from notice n where n.status = 'PENDING' and n.id > ? order by n.id "
            + "fetch first 1 rows only" + lockClause)
        .param(afterId).query(NoticeRows::map).optional();
  }

  void markDelivered(long id) {
    jdbc.sql("update notice set status = 'DELIVERED', delivered_at = ?, last_error = null where id = ?")
        .params(Timestamp.from(Instant.now()), id).update();
  }

  void markFailed(long id, String error, int maxAttempts) {
    String message = error == null ? "" : error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    jdbc.sql("update notice set attempts = attempts + 1, last_error = ?, "
            + "status = case when attempts + 1 >= ? then 'FAILED' else 'PENDING' end where id = ?")
        .params(message, maxAttempts, id).update();
  }

  boolean retry(long id) {
    return jdbc.sql("update notice set status = 'PENDING', attempts = 0 where id = ? and status <> 'DELIVERED'")
        .param(id).update() == 1;
  }

  /**
   * A page of notices, newest first, of organizations within any of the given paths (null: any organization), of
   * one election or all.
   */
  List<Notice> page(List<String> withinPaths, String electionId, int offset, int limit) {
    StringBuilder sql = new StringBuilder("select " + COLUMNS + " from notice n join organization o "
        + "on o.id = n.organization_id where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (electionId != null) {
      sql.append(" and n.election_id = :election");
      params.put("election", electionId);
    }
    if (withinPaths != null) {
      List<String> ors = new ArrayList<>();
      for (int i = 0; i < withinPaths.size(); i++) {
        ors.add("o.path like :p" + i + " escape '\\'");
        params.put("p" + i, Notices.likePrefix(withinPaths.get(i)));
      }
      sql.append(" and (").append(ors.isEmpty() ? "1 = 0" : String.join(" or ", ors)).append(")");
    }
    sql.append(" order by n.id desc offset ").append(offset).append(" rows fetch next ").append(limit).append(" rows only");
    return jdbc.sql(sql.toString()).params(params).query(NoticeRows::map).list();
  }

  private static Notice map(ResultSet rs, int row) throws SQLException {
    NoticeKind kind = NoticeKind.valueOf(rs.getString("kind"));
    Timestamp delivered = rs.getTimestamp("delivered_at");
    return new Notice(rs.getLong("id"), kind, kind.label(), rs.getString("election_id"), rs.getString("organization_id"),
        rs.getString("subject"), rs.getString("body"), rs.getString("message_name"),
        NoticeStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
        rs.getTimestamp("created_at").toInstant(), delivered == null ? null : delivered.toInstant());
  }
}
