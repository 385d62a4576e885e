package cn.congress.nomination.candidate.preliminary;

import cn.congress.nomination.meeting.MeetingDraft;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of the preliminary candidates (V12): the briefing, the vote's draft, the filings and their gates. */
@Repository
class PreliminaryStore {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  PreliminaryStore(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void saveBriefing(String electionId, Briefing.Request b, String user) {
    jdbc.sql("delete from preliminary_briefing where election_id = ?").param(electionId).update();
    jdbc.sql("insert into preliminary_briefing (election_id, held_on, attendees, opinions, recorded_by, recorded_at) "
            + "values (?, ?, ?, ?, ?, ?)")
        .params(electionId, Date.valueOf(b.heldOn()), write(b.attendees()), b.opinions().trim(), user, now())
        .update();
  }

  Optional<Briefing> briefing(String electionId) {
    return jdbc.sql("select * from preliminary_briefing where election_id = ?").param(electionId)
        .query((rs, n) -> new Briefing(rs.getDate("held_on").toLocalDate(),
            read(rs.getString("attendees"), new TypeReference<List<Briefing.Attendance>>() {}),
            rs.getString("opinions"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
        .optional();
  }

  void saveDraft(String electionId, MeetingDraft draft, String user) {
    jdbc.sql("delete from preliminary_draft where election_id = ?").param(electionId).update();
    jdbc.sql("insert into preliminary_draft (election_id, draft, updated_by, updated_at) values (?, ?, ?, ?)")
        .params(electionId, write(draft), user, now()).update();
  }

  Optional<MeetingDraft> draft(String electionId) {
    return jdbc.sql("select draft from preliminary_draft where election_id = ?").param(electionId)
        .query(String.class).optional().map(t -> read(t, new TypeReference<MeetingDraft>() {}));
  }

  long insertFiling(String electionId, long meetingId, JsonNode roster, String user) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into preliminary_filing (election_id, meeting_id, roster, filed_by, filed_at, status) "
            + "values (?, ?, ?, ?, ?, ?)")
        .params(electionId, meetingId, roster.toString(), user, now(), PreliminaryFiling.FILED)
        .update(key, "id");
    return key.getKey().longValue();
  }

  Optional<PreliminaryFiling> latestFiling(String electionId) {
    return jdbc.sql("select * from preliminary_filing where election_id = ? order by id desc fetch first 1 rows only")
        .param(electionId).query(this::filing).optional();
  }

  /** Moves a filing from one status to the next (one winner under concurrency). */
  boolean passGate(long id, String from, String to, String user) {
    String by = PreliminaryFiling.APPROVED.equals(to) ? "approved" : "reviewed";
    return jdbc.sql("update preliminary_filing set status = ?, " + by + "_by = ?, " + by + "_at = ? "
            + "where id = ? and status = ?")
        .params(to, user, now(), id, from).update() == 1;
  }

  boolean returnAt(long id, String from, String gate, String user, String reason) {
    String by = PreliminaryFiling.GATE_APPROVAL.equals(gate) ? "approved" : "reviewed";
    return jdbc.sql("update preliminary_filing set status = ?, returned_at = ?, return_reason = ?, " + by + "_by = ?, "
            + by + "_at = ? where id = ? and status = ?")
        .params(PreliminaryFiling.RETURNED, gate, reason, user, now(), id, from).update() == 1;
  }

  private PreliminaryFiling filing(ResultSet rs, int row) throws SQLException {
    return new PreliminaryFiling(rs.getLong("id"), rs.getString("election_id"), rs.getLong("meeting_id"),
        read(rs.getString("roster"), new TypeReference<JsonNode>() {}), rs.getString("filed_by"),
        instant(rs, "filed_at"), rs.getString("status"), rs.getString("reviewed_by"), instant(rs, "reviewed_at"),
        rs.getString("approved_by"), instant(rs, "approved_at"), rs.getString("returned_at"),
        rs.getString("return_reason"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> T read(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
