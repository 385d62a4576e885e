package cn.congress.nomination.election;

import cn.congress.nomination.organization.MemberAttributes.CadreLevel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The identity definition of people in one election: one primary category per member, with its evidence. */
@Repository
public class ElectionIdentities {

  private static final int CHUNK = 500;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  ElectionIdentities(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** The category of each given member who has one in this election. */
  public Map<String, String> categoriesOf(String electionId, Collection<String> memberIds) {
    Map<String, String> categories = new HashMap<>();
    for (List<String> chunk : chunks(memberIds)) {
      jdbc.sql("select member_id, category_code from election_identity where election_id = ? and member_id in ("
              + placeholders(chunk.size()) + ")")
          .param(electionId).params(chunk.toArray())
          .query((rs, n) -> Map.entry(rs.getString("member_id"), rs.getString("category_code")))
          .list().forEach(e -> categories.put(e.getKey(), e.getValue()));
    }
    return categories;
  }

  public Optional<IdentityAssignment> find(String electionId, String memberId) {
    return jdbc.sql("select member_id, category_code, evidence, assigned_by, assigned_at from election_identity "
            + "where election_id = ? and member_id = ?").params(electionId, memberId).query(ElectionIdentities::map)
        .optional();
  }

  public List<IdentityAssignment> page(String electionId, int offset, int limit) {
    return jdbc.sql("select member_id, category_code, evidence, assigned_by, assigned_at from election_identity "
            + "where election_id = ? order by member_id offset ? rows fetch next ? rows only")
        .params(electionId, offset, limit).query(ElectionIdentities::map).list();
  }

  public long count(String electionId) {
    return jdbc.sql("select count(*) from election_identity where election_id = ?").param(electionId)
        .query(Long.class).single();
  }

  Set<String> categoriesInUse(String electionId) {
    return Set.copyOf(jdbc.sql("select distinct category_code from election_identity where election_id = ?")
        .param(electionId).query(String.class).list());
  }

  /** The facts identity rules need for each existing member among the ids. */
  Map<String, MemberFacts> facts(Collection<String> memberIds) {
    Map<String, MemberFacts> facts = new HashMap<>();
    for (List<String> chunk : chunks(memberIds)) {
      jdbc.sql("select m.id, m.name, m.cadre_level, o.path from member m join organization o on o.id = m.organization_id "
              + "where m.id in (" + placeholders(chunk.size()) + ")")
          .params(chunk.toArray())
          .query((rs, n) -> new MemberFacts(rs.getString("id"), rs.getString("name"),
              CadreLevel.valueOf(rs.getString("cadre_level")), rs.getString("path")))
          .list().forEach(f -> facts.put(f.id(), f));
    }
    return facts;
  }

  /** Writes each line (insert or replace); returns the lines that changed something, for the audit log. */
  List<IdentityRequest> assign(String electionId, List<IdentityRequest> lines, String actor) {
    Map<String, IdentityAssignment> before = new HashMap<>();
    for (List<String> chunk : chunks(lines.stream().map(IdentityRequest::memberId).toList())) {
      jdbc.sql("select member_id, category_code, evidence, assigned_by, assigned_at from election_identity "
              + "where election_id = ? and member_id in (" + placeholders(chunk.size()) + ")")
          .param(electionId).params(chunk.toArray()).query(ElectionIdentities::map).list()
          .forEach(a -> before.put(a.memberId(), a));
    }
    List<IdentityRequest> inserts = new ArrayList<>();
    List<IdentityRequest> updates = new ArrayList<>();
    for (IdentityRequest line : lines) {
      IdentityAssignment old = before.get(line.memberId());
      if (old == null) inserts.add(line);
      else if (!old.category().equals(line.category()) || !java.util.Objects.equals(old.evidence(), evidence(line))) {
        updates.add(line);
      }
    }
    Timestamp now = Timestamp.from(Instant.now());
    // insert and update take the same parameters in the same order
    ParameterizedPreparedStatementSetter<IdentityRequest> bind = (ps, l) -> {
      ps.setString(1, l.category());
      ps.setString(2, evidence(l));
      ps.setString(3, actor);
      ps.setTimestamp(4, now);
      ps.setString(5, electionId);
      ps.setString(6, l.memberId());
    };
    template.batchUpdate("insert into election_identity (category_code, evidence, assigned_by, assigned_at, "
        + "election_id, member_id) values (?, ?, ?, ?, ?, ?)", inserts, CHUNK, bind);
    template.batchUpdate("update election_identity set category_code = ?, evidence = ?, assigned_by = ?, "
        + "assigned_at = ? where election_id = ? and member_id = ?", updates, CHUNK, bind);
    List<IdentityRequest> changed = new ArrayList<>(inserts);
    changed.addAll(updates);
    return changed;
  }

  boolean remove(String electionId, String memberId) {
    return jdbc.sql("delete from election_identity where election_id = ? and member_id = ?")
        .params(electionId, memberId).update() == 1;
  }

  private static String evidence(IdentityRequest line) {
    return line.evidence() == null || line.evidence().isBlank() ? null : line.evidence().trim();
  }

  private static IdentityAssignment map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new IdentityAssignment(rs.getString("member_id"), rs.getString("category_code"), rs.getString("evidence"),
        rs.getString("assigned_by"), rs.getTimestamp("assigned_at").toInstant());
  }

  private static List<List<String>> chunks(Collection<String> ids) {
    List<String> all = ids.stream().distinct().toList();
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += CHUNK) chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
    return chunks;
  }

  private static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
