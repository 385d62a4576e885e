package cn.congress.nomination.nomination.branch;

import cn.congress.nomination.nomination.ParticipationChannel;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The branch nomination tables: the meeting record, its nominees, the must-knows. */
@Repository
class BranchRecords {

  static final String DRAFT = "DRAFT";
  static final String SUBMITTED = "SUBMITTED";
  static final String SENT_BACK = "SENT_BACK";

  private static final String COLUMNS = "election_id, branch_id, status, expected, present_count, phone_count, "
      + "letter_count, home_visit_count, mobile_ballot_box_count, educated, saved_by, saved_at, submitted_by, "
      + "submitted_at, sent_back_reason, sent_back_by, sent_back_at, version";

  record Submission(String electionId, String branchId, String status, int expected,
                    Map<ParticipationChannel, Integer> participants, int educated, String savedBy, Instant savedAt,
                    String submittedBy, Instant submittedAt, String sentBackReason, String sentBackBy,
                    Instant sentBackAt, int version) {}

  record Nominee(String memberId, int votes, int fullMemberVotes, boolean backed, String category) {}

  record MustKnow(MustKnowKind kind, LocalDate toldOn, MustKnowChannel channel, int membersTold, String confirmedBy,
                  Instant confirmedAt) {}

  private final JdbcClient jdbc;

  BranchRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Submission> find(String electionId, String branchId) {
    return jdbc.sql("select " + COLUMNS + " from branch_submission where election_id = ? and branch_id = ?")
        .params(electionId, branchId).query(BranchRecords::map).optional();
  }

  List<Nominee> nominees(String electionId, String branchId) {
    return jdbc.sql("select member_id, votes, full_member_votes, backed, identity_category from branch_nominee "
            + "where election_id = ? and branch_id = ? order by sort_order")
        .params(electionId, branchId)
        .query((rs, n) -> new Nominee(rs.getString("member_id"), rs.getInt("votes"), rs.getInt("full_member_votes"),
            rs.getBoolean("backed"), rs.getString("identity_category")))
        .list();
  }

  void insertDraft(String electionId, String branchId, int expected, Map<ParticipationChannel, Integer> participants,
                   int educated, String actor) {
    jdbc.sql("insert into branch_submission (election_id, branch_id, status, expected, present_count, phone_count, "
            + "letter_count, home_visit_count, mobile_ballot_box_count, educated, saved_by, saved_at, version) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
        .params(electionId, branchId, DRAFT, expected, count(participants, ParticipationChannel.PRESENT),
            count(participants, ParticipationChannel.PHONE), count(participants, ParticipationChannel.LETTER),
            count(participants, ParticipationChannel.HOME_VISIT),
            count(participants, ParticipationChannel.MOBILE_BALLOT_BOX), educated, actor, now())
        .update();
  }

  /** Replaces the counts of an unlocked record of the given version; false when it was locked or changed meanwhile. */
  boolean updateDraft(String electionId, String branchId, int version, int expected,
                      Map<ParticipationChannel, Integer> participants, int educated, String actor) {
    return jdbc.sql("update branch_submission set expected = ?, present_count = ?, phone_count = ?, letter_count = ?, "
            + "home_visit_count = ?, mobile_ballot_box_count = ?, educated = ?, saved_by = ?, saved_at = ?, "
            + "version = version + 1 where election_id = ? and branch_id = ? and version = ? and status <> ?")
        .params(expected, count(participants, ParticipationChannel.PRESENT),
            count(participants, ParticipationChannel.PHONE), count(participants, ParticipationChannel.LETTER),
            count(participants, ParticipationChannel.HOME_VISIT),
            count(participants, ParticipationChannel.MOBILE_BALLOT_BOX), educated, actor, now(), electionId, branchId,
            version, SUBMITTED)
        .update() == 1;
  }

  void replaceNominees(String electionId, String branchId, List<Nominee> nominees) {
    jdbc.sql("delete from branch_nominee where election_id = ? and branch_id = ?").params(electionId, branchId).update();
    for (int i = 0; i < nominees.size(); i++) {
      Nominee n = nominees.get(i);
      jdbc.sql("insert into branch_nominee (election_id, branch_id, member_id, sort_order, votes, full_member_votes, "
              + "backed, identity_category) values (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(electionId, branchId, n.memberId(), i, n.votes(), n.fullMemberVotes(), n.backed(), n.category())
          .update();
    }
  }

  boolean markSubmitted(String electionId, String branchId, int version, String actor) {
    return jdbc.sql("update branch_submission set status = ?, submitted_by = ?, submitted_at = ?, version = version + 1 "
            + "where election_id = ? and branch_id = ? and version = ? and status <> ?")
        .params(SUBMITTED, actor, now(), electionId, branchId, version, SUBMITTED).update() == 1;
  }

  boolean markSentBack(String electionId, String branchId, int version, String reason, String actor) {
    return jdbc.sql("update branch_submission set status = ?, sent_back_reason = ?, sent_back_by = ?, sent_back_at = ?, "
            + "version = version + 1 where election_id = ? and branch_id = ? and version = ? and status = ?")
        .params(SENT_BACK, reason, actor, now(), electionId, branchId, version, SUBMITTED).update() == 1;
  }

  List<MustKnow> mustKnows(String electionId, String branchId) {
    return jdbc.sql("select kind, told_on, channel, members_told, confirmed_by, confirmed_at from branch_must_know "
            + "where election_id = ? and branch_id = ? order by kind")
        .params(electionId, branchId)
        .query((rs, n) -> new MustKnow(MustKnowKind.valueOf(rs.getString("kind")), rs.getDate("told_on").toLocalDate(),
            MustKnowChannel.valueOf(rs.getString("channel")), rs.getInt("members_told"), rs.getString("confirmed_by"),
            rs.getTimestamp("confirmed_at").toInstant()))
        .list();
  }

  Optional<MustKnow> mustKnow(String electionId, String branchId, MustKnowKind kind) {
    return mustKnows(electionId, branchId).stream().filter(m -> m.kind() == kind).findFirst();
  }

  /** Insert or replace the confirmation of one must-know. */
  void saveMustKnow(String electionId, String branchId, MustKnow m) {
    int updated = jdbc.sql("update branch_must_know set told_on = ?, channel = ?, members_told = ?, confirmed_by = ?, "
            + "confirmed_at = ? where election_id = ? and branch_id = ? and kind = ?")
        .params(Date.valueOf(m.toldOn()), m.channel().name(), m.membersTold(), m.confirmedBy(),
            Timestamp.from(m.confirmedAt()), electionId, branchId, m.kind().name())
        .update();
    if (updated == 0) {
      jdbc.sql("insert into branch_must_know (election_id, branch_id, kind, told_on, channel, members_told, "
              + "confirmed_by, confirmed_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(electionId, branchId, m.kind().name(), Date.valueOf(m.toldOn()), m.channel().name(), m.membersTold(),
              m.confirmedBy(), Timestamp.from(m.confirmedAt()))
          .update();
    }
  }

  private static int count(Map<ParticipationChannel, Integer> participants, ParticipationChannel channel) {
    Integer value = participants.get(channel);
    return value == null ? 0 : value;
  }

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }

  private static Submission map(ResultSet rs, int row) throws SQLException {
    Map<ParticipationChannel, Integer> participants = new EnumMap<>(ParticipationChannel.class);
    participants.put(ParticipationChannel.PRESENT, rs.getInt("present_count"));
    participants.put(ParticipationChannel.PHONE, rs.getInt("phone_count"));
    participants.put(ParticipationChannel.LETTER, rs.getInt("letter_count"));
    participants.put(ParticipationChannel.HOME_VISIT, rs.getInt("home_visit_count"));
    participants.put(ParticipationChannel.MOBILE_BALLOT_BOX, rs.getInt("mobile_ballot_box_count"));
    return new Submission(rs.getString("election_id"), rs.getString("branch_id"), rs.getString("status"),
        rs.getInt("expected"), participants, rs.getInt("educated"), rs.getString("saved_by"), instant(rs, "saved_at"),
        rs.getString("submitted_by"), instant(rs, "submitted_at"), rs.getString("sent_back_reason"),
        rs.getString("sent_back_by"), instant(rs, "sent_back_at"), rs.getInt("version"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
