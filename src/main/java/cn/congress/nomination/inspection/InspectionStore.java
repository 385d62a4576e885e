package cn.congress.nomination.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of the inspections (V9): inspection, opinions, musts, complaints, signatures. */
@Repository
class InspectionStore {

  private static final String INSPECTION_COLUMNS = "i.election_id, i.member_id, m.name, i.status, "
      + "i.process_instance_id, i.party_organization_id, i.workplace_id, i.leading_cadre, i.needs_regulators, "
      + "i.started_on, i.notice_first_day, i.notice_last_day, i.notice_ends_at, i.notice_closed_at, "
      + "i.musts_submitted_by, i.musts_submitted_at, i.political_result, i.political_finding, i.integrity_result, "
      + "i.integrity_finding, i.concluded_by, i.concluded_at, i.ended_at, i.end_reason";

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  InspectionStore(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  // --- the inspection ---

  /** Starts (or, for a new process instance after an ended one, restarts) the inspection of a target. */
  void open(Inspection i) {
    for (String table : List.of("inspection_signature", "inspection_must", "inspection_opinion")) {
      jdbc.sql("delete from " + table + " where election_id = ? and member_id = ?")
          .params(i.electionId(), i.memberId()).update();
    }
    int updated = jdbc.sql("update inspection set process_instance_id = ?, status = ?, party_organization_id = ?, "
            + "workplace_id = ?, leading_cadre = ?, needs_regulators = ?, started_on = ?, notice_first_day = ?, "
            + "notice_last_day = ?, notice_ends_at = ?, notice_closed_at = null, musts_submitted_by = null, "
            + "musts_submitted_at = null, political_result = null, political_finding = null, integrity_result = null, "
            + "integrity_finding = null, concluded_by = null, concluded_at = null, ended_at = null, end_reason = null "
            + "where election_id = ? and member_id = ?")
        .params(i.processInstanceId(), i.status().name(), i.partyOrganizationId(), i.workplaceId(), i.leadingCadre(),
            i.needsRegulators(), i.startedOn(), i.noticeFirstDay(), i.noticeLastDay(), ts(i.noticeEndsAt()),
            i.electionId(), i.memberId())
        .update();
    if (updated == 0) {
      jdbc.sql("insert into inspection (election_id, member_id, process_instance_id, status, party_organization_id, "
              + "workplace_id, leading_cadre, needs_regulators, started_on, notice_first_day, notice_last_day, "
              + "notice_ends_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(i.electionId(), i.memberId(), i.processInstanceId(), i.status().name(), i.partyOrganizationId(),
              i.workplaceId(), i.leadingCadre(), i.needsRegulators(), i.startedOn(), i.noticeFirstDay(),
              i.noticeLastDay(), ts(i.noticeEndsAt()))
          .update();
    }
  }

  Optional<Inspection> find(String electionId, String memberId) {
    return jdbc.sql("select " + INSPECTION_COLUMNS + " from inspection i left join member m on m.id = i.member_id "
            + "where i.election_id = ? and i.member_id = ?")
        .params(electionId, memberId).query(this::inspection).optional();
  }

  List<Inspection> all(String electionId) {
    return jdbc.sql("select " + INSPECTION_COLUMNS + " from inspection i left join member m on m.id = i.member_id "
            + "where i.election_id = ?")
        .param(electionId).query(this::inspection).list();
  }

  boolean closeNotice(String electionId, String memberId, Instant at) {
    return jdbc.sql("update inspection set notice_closed_at = ? where election_id = ? and member_id = ? "
            + "and notice_closed_at is null")
        .params(ts(at), electionId, memberId).update() == 1;
  }

  void submitMusts(String electionId, String memberId, String user, Instant at) {
    jdbc.sql("update inspection set musts_submitted_by = ?, musts_submitted_at = ? where election_id = ? and member_id = ?")
        .params(user, ts(at), electionId, memberId).update();
  }

  void saveConclusion(String electionId, String memberId, Inspection.Conclusion.Request c, String user, Instant at) {
    jdbc.sql("update inspection set political_result = ?, political_finding = ?, integrity_result = ?, "
            + "integrity_finding = ?, concluded_by = ?, concluded_at = ? where election_id = ? and member_id = ?")
        .params(name(c.political()), trim(c.politicalFinding()), name(c.integrity()), trim(c.integrityFinding()), user,
            ts(at), electionId, memberId)
        .update();
  }

  /** Ends an inspection in progress; false when it had ended already (the first end stands). */
  boolean end(String electionId, String memberId, InspectionStatus status, String reason, Instant at) {
    return jdbc.sql("update inspection set status = ?, end_reason = ?, ended_at = ? where election_id = ? "
            + "and member_id = ? and status = ?")
        .params(status.name(), reason, ts(at), electionId, memberId, InspectionStatus.IN_PROGRESS.name()).update() == 1;
  }

  // --- opinions ---

  void saveOpinion(String electionId, String memberId, OpinionSource source, Opinion.Request r, String user, Instant at) {
    int updated = jdbc.sql("update inspection_opinion set agrees = ?, opinion = ?, given_on_behalf_of = ?, "
            + "given_by = ?, given_at = ? where election_id = ? and member_id = ? and source = ?")
        .params(r.agrees(), r.opinion().trim(), trim(r.onBehalfOf()), user, ts(at), electionId, memberId, source.name())
        .update();
    if (updated == 0) {
      jdbc.sql("insert into inspection_opinion (election_id, member_id, source, agrees, opinion, given_on_behalf_of, "
              + "given_by, given_at, submitted) values (?, ?, ?, ?, ?, ?, ?, ?, false)")
          .params(electionId, memberId, source.name(), r.agrees(), r.opinion().trim(), trim(r.onBehalfOf()), user,
              ts(at))
          .update();
    }
  }

  boolean submitOpinion(String electionId, String memberId, OpinionSource source) {
    return jdbc.sql("update inspection_opinion set submitted = true where election_id = ? and member_id = ? "
            + "and source = ?").params(electionId, memberId, source.name()).update() == 1;
  }

  List<Opinion> opinions(String electionId, String memberId) {
    return jdbc.sql("select source, agrees, opinion, given_on_behalf_of, given_by, given_at, submitted "
            + "from inspection_opinion where election_id = ? and member_id = ? order by source")
        .params(electionId, memberId)
        .query((rs, n) -> new Opinion(OpinionSource.valueOf(rs.getString("source")), rs.getBoolean("agrees"),
            rs.getString("opinion"), rs.getString("given_on_behalf_of"), rs.getString("given_by"),
            instant(rs.getTimestamp("given_at")), rs.getBoolean("submitted")))
        .list();
  }

  // --- musts ---

  void replaceMusts(String electionId, String memberId, List<MustRecord> musts, String user, Instant at) {
    jdbc.sql("delete from inspection_must where election_id = ? and member_id = ?").params(electionId, memberId).update();
    for (MustRecord m : musts) {
      jdbc.sql("insert into inspection_must (election_id, member_id, must, must_result, finding, evidence, saved_by, "
              + "saved_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(electionId, memberId, m.must().name(), m.result().name(), trim(m.finding()), write(m.evidence()),
              user, ts(at))
          .update();
    }
  }

  List<MustRecord> musts(String electionId, String memberId) {
    return jdbc.sql("select must, must_result, finding, evidence from inspection_must where election_id = ? "
            + "and member_id = ?")
        .params(electionId, memberId)
        .query((rs, n) -> new MustRecord(Must.valueOf(rs.getString("must")), Must.Result.valueOf(rs.getString("must_result")),
            rs.getString("finding"), evidence(rs.getString("evidence"))))
        .list().stream().sorted(java.util.Comparator.comparing(MustRecord::must)).toList();
  }

  // --- complaints ---

  long addComplaint(String electionId, String memberId, Complaint.Request r, boolean withinNotice, String user,
                    Instant at) {
    var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("insert into inspection_complaint (election_id, member_id, received_at, channel, content, is_specific, "
            + "within_notice, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(electionId, memberId, ts(at), r.channel().trim(), r.content().trim(), r.specific(), withinNotice, user)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void verifyComplaint(long id, Complaint.Verification v, String user, Instant at) {
    jdbc.sql("update inspection_complaint set conclusion = ?, verification = ?, evidence = ?, verified_by = ?, "
            + "verified_at = ? where id = ?")
        .params(v.conclusion().name(), v.verification().trim(), write(v.evidence()), user, ts(at), id).update();
  }

  List<Complaint> complaints(String electionId, String memberId) {
    return jdbc.sql("select * from inspection_complaint where election_id = ? and member_id = ? order by id")
        .params(electionId, memberId)
        .query((rs, n) -> new Complaint(rs.getLong("id"), instant(rs.getTimestamp("received_at")),
            rs.getString("channel"), rs.getString("content"), rs.getBoolean("is_specific"),
            rs.getBoolean("within_notice"), rs.getString("recorded_by"),
            rs.getString("conclusion") == null ? null : Complaint.Conclusion.valueOf(rs.getString("conclusion")),
            rs.getString("verification"), evidence(rs.getString("evidence")), rs.getString("verified_by"),
            instant(rs.getTimestamp("verified_at"))))
        .list();
  }

  // --- signatures ---

  void sign(String electionId, String memberId, Signatory signatory, String user, Instant at) {
    jdbc.sql("insert into inspection_signature (election_id, member_id, signatory, signed_by, signed_at) "
            + "values (?, ?, ?, ?, ?)")
        .params(electionId, memberId, signatory.name(), user, ts(at)).update();
  }

  List<Inspection.Signature> signatures(String electionId, String memberId) {
    return jdbc.sql("select signatory, signed_by, signed_at from inspection_signature where election_id = ? "
            + "and member_id = ? order by signatory")
        .params(electionId, memberId)
        .query((rs, n) -> new Inspection.Signature(Signatory.valueOf(rs.getString("signatory")),
            rs.getString("signed_by"), instant(rs.getTimestamp("signed_at"))))
        .list();
  }

  // --- mapping ---

  private Inspection inspection(ResultSet rs, int row) throws SQLException {
    String political = rs.getString("political_result");
    String integrity = rs.getString("integrity_result");
    Inspection.Conclusion conclusion = political == null && integrity == null ? null : new Inspection.Conclusion(
        political == null ? null : Inspection.Check.valueOf(political), rs.getString("political_finding"),
        integrity == null ? null : Inspection.Check.valueOf(integrity), rs.getString("integrity_finding"),
        rs.getString("concluded_by"), instant(rs.getTimestamp("concluded_at")));
    return new Inspection(rs.getString("election_id"), rs.getString("member_id"), rs.getString("name"),
        InspectionStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id"),
        rs.getString("party_organization_id"), rs.getString("workplace_id"), rs.getBoolean("leading_cadre"),
        rs.getBoolean("needs_regulators"), date(rs.getDate("started_on")), date(rs.getDate("notice_first_day")),
        date(rs.getDate("notice_last_day")), instant(rs.getTimestamp("notice_ends_at")),
        instant(rs.getTimestamp("notice_closed_at")), rs.getString("musts_submitted_by"),
        instant(rs.getTimestamp("musts_submitted_at")), conclusion, instant(rs.getTimestamp("ended_at")),
        rs.getString("end_reason"));
  }

  private List<Evidence> evidence(String text) {
    if (text == null || text.isBlank()) return List.of();
    try {
      return json.readValue(text, new TypeReference<List<Evidence>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable evidence", e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value, e);
    }
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private static LocalDate date(java.sql.Date d) {
    return d == null ? null : d.toLocalDate();
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
