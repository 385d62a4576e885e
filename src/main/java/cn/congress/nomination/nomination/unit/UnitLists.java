package cn.congress.nomination.nomination.unit;

import cn.congress.nomination.audit.AuditLog;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists the recommending units filed, read by the electoral unit (the pool of the inspection targets). A unit's
 * list is checked by {@link UnitListRules} before it is stored; see docs/unit-nomination.md.
 */
@Service
public class UnitLists {

  static final String SUBJECT = "unit-list";

  private final JdbcClient jdbc;
  private final AuditLog audit;

  UnitLists(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** Every filed name of the election, by unit, with the support behind it. */
  public List<FiledName> pool(String electionId) {
    return jdbc.sql("select e.unit_id, e.member_id, e.rank_position, e.identity_category, e.branches, e.members "
            + "from unit_list_entry e join unit_list l on l.election_id = e.election_id and l.unit_id = e.unit_id "
            + "join organization o on o.id = e.unit_id "
            + "where e.election_id = ? and l.status = ? order by o.path, e.rank_position")
        .params(electionId, FILED)
        .query((rs, n) -> new FiledName(rs.getString("unit_id"), rs.getString("member_id"), rs.getInt("rank_position"),
            rs.getString("identity_category"), rs.getInt("branches"), rs.getInt("members")))
        .list();
  }

  /** A name on a unit's filed list: its rank there, its identity category, the branches and members backing it. */
  public record FiledName(String unitId, String memberId, int rank, String identityCategory, int branches,
                          int members) {}

  /** A unit's list as stored: FILED or RETURNED, with its names in rank order. */
  public record UnitList(String electionId, String unitId, String status, Long meetingId, String workSummary,
                         String filedBy, Instant filedAt, String returnedBy, String returnedReason,
                         List<FiledName> names) {}

  static final String FILED = "FILED";
  static final String RETURNED = "RETURNED";

  public Optional<UnitList> find(String electionId, String unitId) {
    return jdbc.sql("select election_id, unit_id, status, meeting_id, work_summary, filed_by, filed_at, returned_by, "
            + "returned_reason from unit_list where election_id = ? and unit_id = ?")
        .params(electionId, unitId)
        .query((rs, n) -> new UnitList(rs.getString("election_id"), rs.getString("unit_id"), rs.getString("status"),
            (Long) rs.getObject("meeting_id", Long.class), rs.getString("work_summary"), rs.getString("filed_by"),
            rs.getTimestamp("filed_at").toInstant(), rs.getString("returned_by"), rs.getString("returned_reason"),
            List.of()))
        .optional()
        .map(l -> new UnitList(l.electionId(), l.unitId(), l.status(), l.meetingId(), l.workSummary(), l.filedBy(),
            l.filedAt(), l.returnedBy(), l.returnedReason(), names(electionId, unitId)));
  }

  public boolean isFiled(String electionId, String unitId) {
    return find(electionId, unitId).map(l -> FILED.equals(l.status())).orElse(false);
  }

  /** Stores a checked list (replacing a returned one); the caller checked it with {@link UnitListRules}. */
  @Transactional
  void store(String electionId, String unitId, Long meetingId, String workSummary, List<FiledName> names,
             String filedBy) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.sql("delete from unit_list_entry where election_id = ? and unit_id = ?").params(electionId, unitId).update();
    jdbc.sql("delete from unit_list where election_id = ? and unit_id = ?").params(electionId, unitId).update();
    jdbc.sql("insert into unit_list (election_id, unit_id, status, meeting_id, work_summary, filed_by, filed_at) "
            + "values (?, ?, ?, ?, ?, ?, ?)")
        .params(electionId, unitId, FILED, meetingId, workSummary, filedBy, now).update();
    for (FiledName f : names) {
      jdbc.sql("insert into unit_list_entry (election_id, unit_id, member_id, rank_position, identity_category, "
              + "branches, members) values (?, ?, ?, ?, ?, ?, ?)")
          .params(electionId, unitId, f.memberId(), f.rank(), f.identityCategory(), f.branches(), f.members()).update();
    }
    audit.record(filedBy, "UNIT_LIST_FILED", SUBJECT, electionId + "/" + unitId, names.size() + " 名："
        + String.join("、", names.stream().map(f -> f.memberId() + "（" + f.identityCategory() + "）").toList()));
  }

  /** The electoral unit returns a filed list: it leaves the pool until the unit files again. */
  @Transactional
  public boolean returnList(String electionId, String unitId, String returnedBy, String reason) {
    int updated = jdbc.sql("update unit_list set status = ?, returned_by = ?, returned_at = ?, returned_reason = ? "
            + "where election_id = ? and unit_id = ? and status = ?")
        .params(RETURNED, returnedBy, Timestamp.from(Instant.now()), reason, electionId, unitId, FILED).update();
    if (updated == 1) audit.record(returnedBy, "UNIT_LIST_RETURNED", SUBJECT, electionId + "/" + unitId, reason);
    return updated == 1;
  }

  private List<FiledName> names(String electionId, String unitId) {
    return jdbc.sql("select unit_id, member_id, rank_position, identity_category, branches, members from unit_list_entry "
            + "where election_id = ? and unit_id = ? order by rank_position")
        .params(electionId, unitId)
        .query((rs, n) -> new FiledName(rs.getString("unit_id"), rs.getString("member_id"), rs.getInt("rank_position"),
            rs.getString("identity_category"), rs.getInt("branches"), rs.getInt("members")))
        .list();
  }
}
