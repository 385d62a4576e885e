package cn.congress.nomination.nomination.targets;

import cn.congress.nomination.nomination.unit.UnitLists.FiledName;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of the inspection targets (V7): pool, drafts, changes, opinions, filings. */
@Repository
class TargetStore {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  TargetStore(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  // --- pool ---

  /**
   * Rewrites the pool from the filed names: one row per person, the units that filed them in the order given (tree
   * order), support summed; ranked by units, then members, then branches backing them, then id.
   */
  int replacePool(String electionId, List<FiledName> filed) {
    Map<String, List<FiledName>> byMember = new LinkedHashMap<>();
    filed.forEach(f -> byMember.computeIfAbsent(f.memberId(), k -> new ArrayList<>()).add(f));
    record Merged(String memberId, String category, List<String> units, int branches, int members) {}
    List<Merged> merged = new ArrayList<>();
    byMember.forEach((id, names) -> merged.add(new Merged(id, names.get(0).identityCategory(),
        names.stream().map(FiledName::unitId).distinct().toList(),
        names.stream().mapToInt(FiledName::branches).sum(), names.stream().mapToInt(FiledName::members).sum())));
    merged.sort(Comparator.comparingInt((Merged m) -> -m.units().size()).thenComparingInt(m -> -m.members())
        .thenComparingInt(m -> -m.branches()).thenComparing(Merged::memberId));
    jdbc.sql("delete from target_pool where election_id = ?").param(electionId).update();
    for (int i = 0; i < merged.size(); i++) {
      Merged m = merged.get(i);
      jdbc.sql("insert into target_pool (election_id, member_id, pool_rank, identity_category, unit_count, unit_ids, "
              + "branch_count, member_count) values (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(electionId, m.memberId(), i + 1, m.category(), m.units().size(), String.join(",", m.units()),
              m.branches(), m.members())
          .update();
    }
    return merged.size();
  }

  List<PoolEntry> pool(String electionId) {
    return jdbc.sql("select p.pool_rank, p.member_id, m.name, p.identity_category, p.unit_ids, p.branch_count, "
            + "p.member_count from target_pool p left join member m on m.id = p.member_id where p.election_id = ? "
            + "order by p.pool_rank")
        .param(electionId)
        .query((rs, n) -> new PoolEntry(rs.getInt("pool_rank"), rs.getString("member_id"), rs.getString("name"),
            rs.getString("identity_category"), List.of(rs.getString("unit_ids").split(",")),
            rs.getInt("branch_count"), rs.getInt("member_count")))
        .list();
  }

  // --- drafts ---

  void saveDraft(String electionId, TargetStage stage, TargetDraft draft, String user) {
    String text = write(draft);
    Timestamp now = Timestamp.from(Instant.now());
    int updated = jdbc.sql("update target_draft set draft = ?, updated_by = ?, updated_at = ? "
            + "where election_id = ? and stage = ?").params(text, user, now, electionId, stage.name()).update();
    if (updated == 0) {
      jdbc.sql("insert into target_draft (election_id, stage, draft, updated_by, updated_at) values (?, ?, ?, ?, ?)")
          .params(electionId, stage.name(), text, user, now).update();
    }
  }

  Optional<TargetDraft> draft(String electionId, TargetStage stage) {
    return jdbc.sql("select draft from target_draft where election_id = ? and stage = ?")
        .params(electionId, stage.name()).query(String.class).optional().map(t -> read(t, TargetDraft.class));
  }

  // --- the decision's changes against the proposal ---

  void replaceChanges(String electionId, Map<String, String> added, Map<String, String> removed) {
    jdbc.sql("delete from target_change where election_id = ?").param(electionId).update();
    added.forEach((id, reason) -> insertChange(electionId, id, "ADDED", reason));
    removed.forEach((id, reason) -> insertChange(electionId, id, "REMOVED", reason));
  }

  private void insertChange(String electionId, String memberId, String kind, String reason) {
    jdbc.sql("insert into target_change (election_id, member_id, change_kind, reason) values (?, ?, ?, ?)")
        .params(electionId, memberId, kind, reason.trim()).update();
  }

  /** member id → [kind, reason] */
  Map<String, String[]> changes(String electionId) {
    Map<String, String[]> changes = new LinkedHashMap<>();
    jdbc.sql("select member_id, change_kind, reason from target_change where election_id = ? order by change_kind, member_id")
        .param(electionId)
        .query((rs, n) -> Map.entry(rs.getString("member_id"), new String[] {rs.getString("change_kind"),
            rs.getString("reason")}))
        .list().forEach(e -> changes.put(e.getKey(), e.getValue()));
    return changes;
  }

  // --- opinions ---

  void saveOpinion(String electionId, String unitId, boolean agrees, String remark,
                   List<TargetOpinion.NameRemark> nameRemarks, String user) {
    Timestamp now = Timestamp.from(Instant.now());
    String remarks = write(nameRemarks);
    int updated = jdbc.sql("update target_opinion set agrees = ?, remark = ?, name_remarks = ?, given_by = ?, "
            + "given_at = ? where election_id = ? and unit_id = ?")
        .params(agrees, remark, remarks, user, now, electionId, unitId).update();
    if (updated == 0) {
      jdbc.sql("insert into target_opinion (election_id, unit_id, agrees, remark, name_remarks, given_by, given_at, "
              + "submitted) values (?, ?, ?, ?, ?, ?, ?, false)")
          .params(electionId, unitId, agrees, remark, remarks, user, now).update();
    }
  }

  boolean submitOpinion(String electionId, String unitId) {
    return jdbc.sql("update target_opinion set submitted = true where election_id = ? and unit_id = ?")
        .params(electionId, unitId).update() == 1;
  }

  void clearOpinions(String electionId) {
    jdbc.sql("delete from target_opinion where election_id = ?").param(electionId).update();
  }

  List<TargetOpinion> opinions(String electionId) {
    return jdbc.sql("select t.unit_id, t.agrees, t.remark, t.name_remarks, t.given_by, t.given_at, t.submitted "
            + "from target_opinion t join organization o on o.id = t.unit_id where t.election_id = ? order by o.path")
        .param(electionId).query((rs, n) -> new TargetOpinion(rs.getString("unit_id"), rs.getBoolean("agrees"),
            rs.getString("remark"), readRemarks(rs.getString("name_remarks")), rs.getString("given_by"),
            rs.getTimestamp("given_at").toInstant(), rs.getBoolean("submitted")))
        .list();
  }

  // --- filings ---

  long insertFiling(String electionId, JsonNode roster, JsonNode statistics, String user, String status) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.sql("insert into target_filing (election_id, roster, statistics, filed_by, filed_at, status) "
            + "values (?, ?, ?, ?, ?, ?)")
        .params(electionId, write(roster), write(statistics), user, now, status).update();
    return jdbc.sql("select max(id) from target_filing where election_id = ?").param(electionId).query(Long.class)
        .single();
  }

  Optional<TargetFiling> latestFiling(String electionId) {
    return jdbc.sql("select id, election_id, roster, statistics, filed_by, filed_at, status, reviewed_by, reviewed_at, "
            + "review_reason from target_filing where election_id = ? order by id desc fetch first 1 rows only")
        .param(electionId)
        .query((rs, n) -> new TargetFiling(rs.getLong("id"), rs.getString("election_id"),
            read(rs.getString("roster"), JsonNode.class), read(rs.getString("statistics"), JsonNode.class),
            rs.getString("filed_by"), rs.getTimestamp("filed_at").toInstant(), rs.getString("status"),
            rs.getString("reviewed_by"), instant(rs.getTimestamp("reviewed_at")), rs.getString("review_reason")))
        .optional();
  }

  boolean review(long filingId, String status, String user, String reason) {
    return jdbc.sql("update target_filing set status = ?, reviewed_by = ?, reviewed_at = ?, review_reason = ? "
            + "where id = ? and status = ?")
        .params(status, user, Timestamp.from(Instant.now()), reason, filingId, TargetFiling.FILED).update() == 1;
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private List<TargetOpinion.NameRemark> readRemarks(String text) {
    if (text == null || text.isBlank()) return List.of();
    try {
      return json.readValue(text, new TypeReference<List<TargetOpinion.NameRemark>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable remarks", e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value, e);
    }
  }

  private <T> T read(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable " + type.getSimpleName(), e);
    }
  }
}
