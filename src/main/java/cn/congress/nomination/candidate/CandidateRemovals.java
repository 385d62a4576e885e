package cn.congress.nomination.candidate;

import cn.congress.nomination.audit.AuditLog;
import cn.congress.nomination.election.Stage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one register of names taken off the campaign. Every stage that builds a list (initial candidates, publicity,
 * preliminary candidates, ballots) leaves out the names recorded here, so a removal takes effect wherever the person is.
 * A person is removed once: the first removal stands, later ones are refused.
 */
@Component
public class CandidateRemovals {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  CandidateRemovals(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.events = events;
  }

  /**
   * Takes the person off the campaign (in the caller's transaction) and tells the stages.
   *
   * @return false when the person was already removed (the first removal stands, nothing changes)
   */
  @Transactional
  public boolean remove(String electionId, String memberId, Stage stage, String rule, String reason, String removedBy) {
    if (reason == null || reason.isBlank()) throw new IllegalArgumentException("A removal needs a reason");
    if (find(electionId, memberId).isPresent()) return false;
    Instant now = Instant.now();
    jdbc.sql("""
            insert into candidate_removal (election_id, member_id, stage, rule, reason, removed_by, removed_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(electionId, memberId, stage.name(), rule, reason, removedBy, Timestamp.from(now))
        .update();
    audit.record(removedBy, "CANDIDATE_REMOVED", "member", memberId,
        electionId + " " + stage + " " + rule + ": " + reason);
    Removal removal = new Removal(electionId, memberId, stage, rule, reason, removedBy, now);
    events.publishEvent(new CandidateRemoved(removal));
    return true;
  }

  public boolean isRemoved(String electionId, String memberId) {
    return find(electionId, memberId).isPresent();
  }

  public Optional<Removal> find(String electionId, String memberId) {
    return jdbc.sql("select * from candidate_removal where election_id = ? and member_id = ?")
        .params(electionId, memberId).query(CandidateRemovals::map).optional();
  }

  public List<Removal> all(String electionId) {
    return jdbc.sql("select * from candidate_removal where election_id = ? order by removed_at, member_id")
        .param(electionId).query(CandidateRemovals::map).list();
  }

  /** The given names without the removed ones, in their order. */
  public List<String> remaining(String electionId, Collection<String> memberIds) {
    Set<String> removed = all(electionId).stream().map(Removal::memberId).collect(Collectors.toSet());
    return memberIds.stream().filter(id -> !removed.contains(id)).toList();
  }

  private static Removal map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Removal(rs.getString("election_id"), rs.getString("member_id"), Stage.valueOf(rs.getString("stage")),
        rs.getString("rule"), rs.getString("reason"), rs.getString("removed_by"),
        rs.getTimestamp("removed_at").toInstant());
  }
}
