package cn.congress.nomination.fanout;

import cn.congress.nomination.organization.OrganizationType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fan_out and fan_out_child tables. */
@Repository
class FanOutRows {

  record Header(String id, String electionId, String parentOrganizationId, String parentProcessInstanceId,
                String completionMessage, String childProcessKey, int expected, Instant openedAt, Instant correlatedAt) {}

  private static final String HEADER = "select id, election_id, parent_organization_id, parent_process_instance_id, "
      + "completion_message, child_process_key, expected, opened_at, correlated_at from fan_out where id = ?";

  private final JdbcClient jdbc;

  FanOutRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Header> find(String id) {
    return jdbc.sql(HEADER).param(id).query(FanOutRows::header).optional();
  }

  /** Locks the fan-out's row until the transaction ends: completions of one fan-out see each other. */
  Optional<Header> lock(String id) {
    return jdbc.sql(HEADER + " for update").param(id).query(FanOutRows::header).optional();
  }

  void insertHeader(String id, String electionId, String parentOrganizationId, String parentPid, String message,
                    String childProcessKey) {
    jdbc.sql("insert into fan_out (id, election_id, parent_organization_id, parent_process_instance_id, "
            + "completion_message, child_process_key, expected, opened_at) values (?, ?, ?, ?, ?, ?, 0, ?)")
        .params(id, electionId, parentOrganizationId, parentPid, message, childProcessKey, now()).update();
  }

  int insertSubtree(String id, String subtreePath, OrganizationType type) {
    return jdbc.sql("insert into fan_out_child (fan_out_id, child_organization_id) "
            + "select ?, id from organization where path like ? escape '\\' and type = ? and path <> ?")
        .params(id, likePrefix(subtreePath), type.name(), subtreePath).update();
  }

  int insertChildren(String id, List<String> organizationIds) {
    if (organizationIds.isEmpty()) return 0;
    return jdbc.sql("insert into fan_out_child (fan_out_id, child_organization_id) "
            + "select :fanOut, id from organization where id in (:ids)")
        .param("fanOut", id).param("ids", organizationIds).update();
  }

  void setExpected(String id, int expected) {
    jdbc.sql("update fan_out set expected = ? where id = ?").params(expected, id).update();
  }

  List<String> unstarted(String id, int limit) {
    return jdbc.sql("select child_organization_id from fan_out_child where fan_out_id = ? and started_at is null "
            + "order by child_organization_id fetch first " + limit + " rows only")
        .param(id).query(String.class).list();
  }

  boolean hasUnstarted(String id) {
    return jdbc.sql("select count(*) from fan_out_child where fan_out_id = ? and started_at is null")
        .param(id).query(Long.class).single() > 0;
  }

  void markStarted(String id, String organizationId, String processInstanceId) {
    jdbc.sql("update fan_out_child set process_instance_id = ?, started_at = ? where fan_out_id = ? "
            + "and child_organization_id = ? and started_at is null")
        .params(processInstanceId, now(), id, organizationId).update();
  }

  /** Marks the child's own row; false when it was already completed (or is not a child of this fan-out). */
  boolean markCompleted(String id, String organizationId) {
    return jdbc.sql("update fan_out_child set completed_at = ? where fan_out_id = ? and child_organization_id = ? "
            + "and completed_at is null").params(now(), id, organizationId).update() == 1;
  }

  boolean markOpen(String id, String organizationId) {
    return jdbc.sql("update fan_out_child set completed_at = null where fan_out_id = ? and child_organization_id = ? "
            + "and completed_at is not null").params(id, organizationId).update() == 1;
  }

  long notCompleted(String id) {
    return jdbc.sql("select count(*) from fan_out_child where fan_out_id = ? and completed_at is null")
        .param(id).query(Long.class).single();
  }

  /** The conditional update that decides who correlates the parent: exactly one caller gets true. */
  boolean markCorrelated(String id) {
    return jdbc.sql("update fan_out set correlated_at = ? where id = ? and correlated_at is null")
        .params(now(), id).update() == 1;
  }

  int count(String id, String condition) {
    return jdbc.sql("select count(*) from fan_out_child where fan_out_id = ? and " + condition)
        .param(id).query(Integer.class).single();
  }

  List<LateChild> late(String id) {
    return jdbc.sql("select c.child_organization_id, o.name, c.started_at from fan_out_child c "
            + "left join organization o on o.id = c.child_organization_id "
            + "where c.fan_out_id = ? and c.completed_at is null order by o.path, c.child_organization_id")
        .param(id).query((rs, n) -> new LateChild(rs.getString(1), rs.getString(2), rs.getTimestamp(3) != null))
        .list();
  }

  /** The organization the children share as parent, if exactly one. */
  Optional<String> commonParent(List<String> organizationIds) {
    if (organizationIds.isEmpty()) return Optional.empty();
    List<String> parents = jdbc.sql("select distinct parent_id from organization where id in (:ids)")
        .param("ids", organizationIds).query(String.class).list();
    return parents.size() == 1 ? Optional.ofNullable(parents.get(0)) : Optional.empty();
  }

  Optional<String> electoralUnitOf(String electionId) {
    return jdbc.sql("select electoral_unit_id from election where id = ?").param(electionId).query(String.class)
        .optional();
  }

  private static Header header(ResultSet rs, int row) throws SQLException {
    Timestamp correlated = rs.getTimestamp("correlated_at");
    return new Header(rs.getString("id"), rs.getString("election_id"), rs.getString("parent_organization_id"),
        rs.getString("parent_process_instance_id"), rs.getString("completion_message"),
        rs.getString("child_process_key"), rs.getInt("expected"), rs.getTimestamp("opened_at").toInstant(),
        correlated == null ? null : correlated.toInstant());
  }

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }

  private static String likePrefix(String path) {
    return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
