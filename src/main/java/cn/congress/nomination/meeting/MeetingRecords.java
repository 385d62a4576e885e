package cn.congress.nomination.meeting;

import cn.congress.nomination.audit.AuditLog;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.platform.NotFoundException;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meeting records: a collective decision (members expected and present, votes per name, the names selected) recorded by
 * one person and confirmed by another. Every rule is checked here, in the caller's transaction, and every step is
 * appended to the audit log. See docs/unit-nomination.md.
 */
@Service
public class MeetingRecords {

  static final String SUBJECT = "meeting";
  private static final String COLUMNS = "id, election_id, organization_id, kind, status, expected, present, decision, "
      + "recorded_by, recorded_at, confirmed_by, confirmed_at, rejected_by, rejected_at, rejection_reason";

  private final JdbcClient jdbc;
  private final Elections elections;
  private final Members members;
  private final AuditLog audit;

  MeetingRecords(JdbcClient jdbc, Elections elections, Members members, AuditLog audit) {
    this.jdbc = jdbc;
    this.elections = elections;
    this.members = members;
    this.audit = audit;
  }

  /**
   * Records a meeting after checking every rule (see {@link MeetingPolicies}); an unconfirmed earlier record of the same
   * meeting is superseded. Refused while a confirmed decision stands (it must be superseded first).
   *
   * @return the new meeting's id
   */
  @Transactional
  public long record(String electionId, String organizationId, MeetingKind kind, MeetingDraft draft,
                     List<RankedName> ranking, String recordedBy) {
    Election election = elections.get(electionId);
    List<RankedName> shown = ranking == null ? List.of() : ranking;
    MeetingDraft given = draft == null ? new MeetingDraft(null, null, null, List.of()) : draft;
    Map<String, String> names = names(given, shown);
    List<Violation> violations = new ArrayList<>(MeetingPolicies.check(new MeetingCheck(given, shown, election.quorum(),
        names)));
    current(electionId, organizationId, kind).filter(m -> m.status() == MeetingStatus.CONFIRMED).ifPresent(m ->
        violations.add(Violation.of("status", "ALREADY_CONFIRMED", "status：" + kind.label() + "的会议记录（编号 "
            + m.id() + "）已由 " + m.confirmedBy() + " 确认，不能重新录入；须先退回该决定")));
    if (!violations.isEmpty()) {
      throw new ValidationException(kind.label() + "的会议记录不符合规则，未保存", violations);
    }
    Timestamp now = Timestamp.from(Instant.now());
    List<Long> replaced = jdbc.sql("select id from meeting_record where election_id = ? and organization_id = ? "
            + "and kind = ? and status = ?")
        .params(electionId, organizationId, kind.name(), MeetingStatus.RECORDED.name()).query(Long.class).list();
    for (Long old : replaced) {
      if (markSuperseded(old, MeetingStatus.RECORDED, now, "由新的会议记录替代")) {
        audit.record(recordedBy, "MEETING_SUPERSEDED", SUBJECT, String.valueOf(old), "由新的会议记录替代");
      }
    }
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into meeting_record (election_id, organization_id, kind, status, expected, present, decision, "
            + "recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(electionId, organizationId, kind.name(), MeetingStatus.RECORDED.name(), given.expected(),
            given.present(), given.decision().trim(), recordedBy, now)
        .update(key, "id");
    long id = key.getKey().longValue();
    Map<String, Integer> ranks = new MeetingCheck(given, shown, null, names).ranks();
    Map<String, RankedName> support = shown.stream().collect(Collectors.toMap(RankedName::memberId, r -> r, (a, b) -> a));
    List<MeetingVote> votes = given.votes();
    for (int i = 0; i < votes.size(); i++) {
      MeetingVote v = votes.get(i);
      RankedName r = support.get(v.memberId());
      jdbc.sql("insert into meeting_vote (meeting_id, member_id, name, votes, selected, departure_reason, rank_position, "
              + "branches, members, sort_order) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(id, v.memberId(), names.get(v.memberId()), v.votes(), v.selected(), trimmed(v.departureReason()),
              ranks.get(v.memberId()), r == null ? 0 : r.branches(), r == null ? 0 : r.members(), i)
          .update();
    }
    audit.record(recordedBy, "MEETING_RECORDED", SUBJECT, String.valueOf(id), kind.name() + " " + organizationId
        + "（选举 " + electionId + "）：应到 " + given.expected() + "，实到 " + given.present() + "；确定 "
        + votes.stream().filter(MeetingVote::selected).map(v -> names.getOrDefault(v.memberId(), v.memberId())
            + "（" + v.votes() + "票" + (trimmed(v.departureReason()) == null ? "" : "，理由：" + v.departureReason().trim())
            + "）").collect(Collectors.joining("、"))
        + "；决定：" + given.decision().trim());
    return id;
  }

  /** The second person confirms: refused for whoever recorded it (SECOND_PERSON) and for a record not waiting. */
  @Transactional
  public void confirm(long meetingId, String confirmedBy) {
    Meeting meeting = get(meetingId);
    requireSecondPersonAndPending(meeting, confirmedBy, "确认");
    int updated = jdbc.sql("update meeting_record set status = ?, confirmed_by = ?, confirmed_at = ? "
            + "where id = ? and status = ?")
        .params(MeetingStatus.CONFIRMED.name(), confirmedBy, Timestamp.from(Instant.now()), meetingId,
            MeetingStatus.RECORDED.name())
        .update();
    if (updated != 1) throw notPending(meetingId, "确认");
    audit.record(confirmedBy, "MEETING_CONFIRMED", SUBJECT, String.valueOf(meetingId),
        meeting.kind().name() + " " + meeting.organizationId() + "：由 " + meeting.recordedBy() + " 录入，" + confirmedBy + " 确认");
  }

  /** The second person rejects, with a reason: the meeting must be recorded again. */
  @Transactional
  public void reject(long meetingId, String rejectedBy, String reason) {
    Meeting meeting = get(meetingId);
    if (reason == null || reason.isBlank()) {
      throw new ValidationException("退回会议记录须说明理由",
          List.of(Violation.of("reason", "REQUIRED", "reason：退回理由不能为空")));
    }
    requireSecondPersonAndPending(meeting, rejectedBy, "退回");
    int updated = jdbc.sql("update meeting_record set status = ?, rejected_by = ?, rejected_at = ?, rejection_reason = ? "
            + "where id = ? and status = ?")
        .params(MeetingStatus.REJECTED.name(), rejectedBy, Timestamp.from(Instant.now()), reason.trim(), meetingId,
            MeetingStatus.RECORDED.name())
        .update();
    if (updated != 1) throw notPending(meetingId, "退回");
    audit.record(rejectedBy, "MEETING_REJECTED", SUBJECT, String.valueOf(meetingId),
        meeting.kind().name() + " " + meeting.organizationId() + "：退回，理由：" + reason.trim());
  }

  /** The latest record of this meeting that was not superseded (recorded, confirmed or rejected). */
  public Optional<Meeting> current(String electionId, String organizationId, MeetingKind kind) {
    return jdbc.sql("select " + COLUMNS + " from meeting_record where election_id = ? and organization_id = ? "
            + "and kind = ? and status <> ? order by id desc fetch first 1 rows only")
        .params(electionId, organizationId, kind.name(), MeetingStatus.SUPERSEDED.name())
        .query(this::header).optional().map(this::withVotes);
  }

  /** The names the meeting selected, in the order recorded. */
  public List<String> selected(long meetingId) {
    return jdbc.sql("select member_id from meeting_vote where meeting_id = ? and selected = true order by sort_order")
        .param(meetingId).query(String.class).list();
  }

  public Optional<Meeting> find(long meetingId) {
    return jdbc.sql("select " + COLUMNS + " from meeting_record where id = ?").param(meetingId)
        .query(this::header).optional().map(this::withVotes);
  }

  public Meeting get(long meetingId) {
    return find(meetingId).orElseThrow(() -> new NotFoundException("会议记录 " + meetingId + " 不存在"));
  }

  /**
   * A returned decision reopens the meeting: every standing record of it (recorded, confirmed or rejected) is
   * superseded, so that it can be recorded anew. Returns how many records were superseded.
   */
  @Transactional
  public int supersede(String electionId, String organizationId, MeetingKind kind, String reason) {
    return supersede(electionId, organizationId, kind, reason, "system");
  }

  @Transactional
  public int supersede(String electionId, String organizationId, MeetingKind kind, String reason, String actor) {
    Timestamp now = Timestamp.from(Instant.now());
    List<Long> standing = jdbc.sql("select id from meeting_record where election_id = ? and organization_id = ? "
            + "and kind = ? and status <> ?")
        .params(electionId, organizationId, kind.name(), MeetingStatus.SUPERSEDED.name()).query(Long.class).list();
    int count = 0;
    for (Long id : standing) {
      int updated = jdbc.sql("update meeting_record set status = ?, superseded_at = ?, superseded_reason = ? "
              + "where id = ? and status <> ?")
          .params(MeetingStatus.SUPERSEDED.name(), now, reason, id, MeetingStatus.SUPERSEDED.name()).update();
      if (updated == 1) {
        count++;
        audit.record(actor, "MEETING_SUPERSEDED", SUBJECT, String.valueOf(id), reason);
      }
    }
    return count;
  }

  private boolean markSuperseded(long id, MeetingStatus from, Timestamp at, String reason) {
    return jdbc.sql("update meeting_record set status = ?, superseded_at = ?, superseded_reason = ? "
            + "where id = ? and status = ?")
        .params(MeetingStatus.SUPERSEDED.name(), at, reason, id, from.name()).update() == 1;
  }

  private void requireSecondPersonAndPending(Meeting meeting, String actor, String what) {
    List<Violation> violations = new ArrayList<>(MeetingPolicies.secondPerson(meeting.recordedBy(), actor));
    if (meeting.status() != MeetingStatus.RECORDED) {
      violations.add(Violation.of("status", "NOT_PENDING", "status：会议记录（编号 " + meeting.id() + "）"
          + meeting.status().label() + "，不能" + what));
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(meeting.kind().label() + "的会议记录不能" + what, violations);
    }
  }

  private static ValidationException notPending(long id, String what) {
    return new ValidationException("会议记录不能" + what, List.of(Violation.of("status", "NOT_PENDING",
        "status：会议记录（编号 " + id + "）已不在待确认状态，不能" + what)));
  }

  private Map<String, String> names(MeetingDraft draft, List<RankedName> ranking) {
    Map<String, String> names = new HashMap<>();
    ranking.forEach(r -> {
      if (r.name() != null) names.putIfAbsent(r.memberId(), r.name());
    });
    if (draft.votes() != null) {
      for (MeetingVote v : draft.votes()) {
        if (v == null || v.memberId() == null || names.containsKey(v.memberId())) continue;
        members.find(v.memberId()).map(Member::name).ifPresent(n -> names.put(v.memberId(), n));
      }
    }
    return names;
  }

  private static String trimmed(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private Meeting header(ResultSet rs, int row) throws SQLException {
    return new Meeting(rs.getLong("id"), rs.getString("election_id"), rs.getString("organization_id"),
        MeetingKind.valueOf(rs.getString("kind")), MeetingStatus.valueOf(rs.getString("status")), rs.getInt("expected"),
        rs.getInt("present"), rs.getString("decision"), rs.getString("recorded_by"), instant(rs, "recorded_at"),
        rs.getString("confirmed_by"), instant(rs, "confirmed_at"), rs.getString("rejected_by"),
        instant(rs, "rejected_at"), rs.getString("rejection_reason"), List.of());
  }

  private Meeting withVotes(Meeting m) {
    List<Meeting.Vote> votes = jdbc.sql("select member_id, name, votes, selected, departure_reason, rank_position, "
            + "branches, members from meeting_vote where meeting_id = ? order by sort_order").param(m.id())
        .query((rs, n) -> new Meeting.Vote(rs.getString("member_id"), rs.getString("name"), rs.getInt("votes"),
            rs.getBoolean("selected"), rs.getString("departure_reason"),
            (Integer) rs.getObject("rank_position", Integer.class), rs.getInt("branches"), rs.getInt("members")))
        .list();
    return new Meeting(m.id(), m.electionId(), m.organizationId(), m.kind(), m.status(), m.expected(), m.present(),
        m.decision(), m.recordedBy(), m.recordedAt(), m.confirmedBy(), m.confirmedAt(), m.rejectedBy(), m.rejectedAt(),
        m.rejectionReason(), votes);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
