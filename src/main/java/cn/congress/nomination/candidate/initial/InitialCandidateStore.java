package cn.congress.nomination.candidate.initial;

import cn.congress.nomination.meeting.MeetingDraft;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of the initial candidates (V13): drafts, reviews, published names, feedback, filings. */
@Repository
class InitialCandidateStore {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  InitialCandidateStore(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void saveDraft(String electionId, InitialStage stage, MeetingDraft draft, String user) {
    String text;
    try {
      text = json.writeValueAsString(draft);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    Timestamp now = Timestamp.from(Instant.now());
    int updated = jdbc.sql("update initial_candidate_draft set draft = ?, updated_by = ?, updated_at = ? "
            + "where election_id = ? and stage = ?").params(text, user, now, electionId, stage.name()).update();
    if (updated == 0) {
      jdbc.sql("insert into initial_candidate_draft (election_id, stage, draft, updated_by, updated_at) "
          + "values (?, ?, ?, ?, ?)").params(electionId, stage.name(), text, user, now).update();
    }
  }

  Optional<MeetingDraft> draft(String electionId, InitialStage stage) {
    return jdbc.sql("select draft from initial_candidate_draft where election_id = ? and stage = ?")
        .params(electionId, stage.name()).query(String.class).optional().map(text -> {
          try {
            return json.readValue(text, MeetingDraft.class);
          } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable draft of " + electionId + " " + stage, e);
          }
        });
  }

  void insertReview(String electionId, long meetingId, InitialReview.Step step, boolean agrees, String remark,
                    String user) {
    jdbc.sql("insert into initial_candidate_review (election_id, meeting_id, step, agrees, remark, decided_by, "
            + "decided_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(electionId, meetingId, step.name(), agrees, remark, user, Timestamp.from(Instant.now())).update();
  }

  List<InitialReview> reviews(String electionId) {
    return jdbc.sql("select * from initial_candidate_review where election_id = ? order by id").param(electionId)
        .query((rs, i) -> new InitialReview(rs.getLong("meeting_id"), InitialReview.Step.valueOf(rs.getString("step")),
            rs.getBoolean("agrees"), rs.getString("remark"), rs.getString("decided_by"),
            rs.getTimestamp("decided_at").toInstant()))
        .list();
  }

  void markPublished(String electionId, List<String> memberIds, String publicityId) {
    Timestamp now = Timestamp.from(Instant.now());
    for (String id : memberIds) {
      jdbc.sql("insert into initial_candidate_published (election_id, member_id, publicity_id, published_at) "
          + "values (?, ?, ?, ?)").params(electionId, id, publicityId, now).update();
    }
  }

  List<String> published(String electionId) {
    return jdbc.sql("select member_id from initial_candidate_published where election_id = ? order by published_at, "
        + "member_id").param(electionId).query(String.class).list();
  }

  void saveFeedback(String electionId, String unitId, boolean agrees, String remark, String user) {
    Timestamp now = Timestamp.from(Instant.now());
    int updated = jdbc.sql("update initial_candidate_feedback set agrees = ?, remark = ?, submitted = false, "
            + "updated_by = ?, updated_at = ? where election_id = ? and unit_id = ?")
        .params(agrees, remark, user, now, electionId, unitId).update();
    if (updated == 0) {
      jdbc.sql("insert into initial_candidate_feedback (election_id, unit_id, agrees, remark, submitted, updated_by, "
          + "updated_at) values (?, ?, ?, ?, false, ?, ?)").params(electionId, unitId, agrees, remark, user, now)
          .update();
    }
  }

  boolean submitFeedback(String electionId, String unitId) {
    return jdbc.sql("update initial_candidate_feedback set submitted = true where election_id = ? and unit_id = ?")
        .params(electionId, unitId).update() == 1;
  }

  /** A new round of 三下 (after an adjustment) asks every unit anew. */
  void clearFeedback(String electionId) {
    jdbc.sql("delete from initial_candidate_feedback where election_id = ?").param(electionId).update();
  }

  List<UnitFeedback> feedback(String electionId) {
    return jdbc.sql("select * from initial_candidate_feedback where election_id = ? order by unit_id")
        .param(electionId)
        .query((rs, i) -> new UnitFeedback(rs.getString("unit_id"), rs.getBoolean("agrees"), rs.getString("remark"),
            rs.getBoolean("submitted"), rs.getString("updated_by")))
        .list();
  }

  long insertFiling(String electionId, List<String> memberIds, String summary, String user) {
    var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("insert into initial_candidate_filing (election_id, member_ids, summary, filed_by, filed_at) "
            + "values (?, ?, ?, ?, ?)")
        .params(electionId, String.join(",", memberIds), summary, user, Timestamp.from(Instant.now()))
        .update(key, "id");
    return key.getKey().longValue();
  }

  Optional<InitialFiling> latestFiling(String electionId) {
    return jdbc.sql("select * from initial_candidate_filing where election_id = ? order by id desc "
            + "fetch first 1 rows only").param(electionId)
        .query((rs, i) -> new InitialFiling(rs.getLong("id"), Arrays.asList(rs.getString("member_ids").split(",")),
            rs.getString("summary"), rs.getString("filed_by"), rs.getTimestamp("filed_at").toInstant()))
        .optional();
  }
}
