package cn.congress.nomination.nomination.branch;

import cn.congress.nomination.meeting.RankedName;
import cn.congress.nomination.nomination.ParticipationChannel;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the branches of a subtree submitted, read by the levels above: one query each, grouped in the database (a
 * subtree may hold 100,000 branches). Only SUBMITTED records count; a record sent back counts again once resubmitted.
 */
@Service
public class BranchSubmissions {

  private final JdbcClient jdbc;

  BranchSubmissions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Names backed by the submitted branches within the subtree, most branches first, then most members' votes. */
  @Transactional(readOnly = true)
  public List<RankedName> ranking(String electionId, String subtreePath) {
    return jdbc.sql("select n.member_id, m.name, count(*) as branches, sum(n.votes) as votes "
            + "from branch_nominee n "
            + "join branch_submission s on s.election_id = n.election_id and s.branch_id = n.branch_id "
            + "join organization o on o.id = n.branch_id "
            + "join member m on m.id = n.member_id "
            + "where n.election_id = ? and n.backed = ? and s.status = ? and o.path like ? "
            + "group by n.member_id, m.name order by branches desc, votes desc, n.member_id")
        .params(electionId, true, BranchRecords.SUBMITTED, likePrefix(subtreePath))
        .query((rs, i) -> new RankedName(rs.getString("member_id"), rs.getString("name"), rs.getInt("branches"),
            rs.getInt("votes")))
        .list();
  }

  /** Every branch of the subtree with its state (NOT_SUBMITTED, SUBMITTED, SENT_BACK). */
  @Transactional(readOnly = true)
  public List<BranchState> states(String electionId, String subtreePath) {
    return jdbc.sql("select o.id, o.name, s.status, s.submitted_at, s.sent_back_reason from organization o "
            + "left join branch_submission s on s.branch_id = o.id and s.election_id = ? "
            + "where o.type = 'BRANCH' and o.path like ? order by o.path")
        .params(electionId, likePrefix(subtreePath))
        .query((rs, i) -> {
          String status = rs.getString("status");
          Timestamp submittedAt = rs.getTimestamp("submitted_at");
          boolean sentBack = BranchRecords.SENT_BACK.equals(status);
          return new BranchState(rs.getString("id"), rs.getString("name"),
              BranchRecords.SUBMITTED.equals(status) || sentBack ? status : "NOT_SUBMITTED",
              submittedAt == null ? null : submittedAt.toInstant(), sentBack ? rs.getString("sent_back_reason") : null);
        })
        .list();
  }

  /** Organizations and members taking part in the subtree, by channel, with the participation and education rates. */
  @Transactional(readOnly = true)
  public ParticipationTotals totals(String electionId, String subtreePath) {
    long branches = jdbc.sql("select count(*) from organization where type = 'BRANCH' and path like ?")
        .param(likePrefix(subtreePath)).query(Long.class).single();
    return jdbc.sql("select count(*) as taking_part, coalesce(sum(s.expected), 0) as expected, "
            + "coalesce(sum(s.present_count), 0) as present, coalesce(sum(s.phone_count), 0) as phone, "
            + "coalesce(sum(s.letter_count), 0) as letter, coalesce(sum(s.home_visit_count), 0) as home_visit, "
            + "coalesce(sum(s.mobile_ballot_box_count), 0) as mobile, coalesce(sum(s.educated), 0) as educated "
            + "from branch_submission s join organization o on o.id = s.branch_id "
            + "where s.election_id = ? and s.status = ? and o.path like ?")
        .params(electionId, BranchRecords.SUBMITTED, likePrefix(subtreePath))
        .query((rs, i) -> {
          Map<ParticipationChannel, Long> byChannel = new EnumMap<>(ParticipationChannel.class);
          byChannel.put(ParticipationChannel.PRESENT, rs.getLong("present"));
          byChannel.put(ParticipationChannel.PHONE, rs.getLong("phone"));
          byChannel.put(ParticipationChannel.LETTER, rs.getLong("letter"));
          byChannel.put(ParticipationChannel.HOME_VISIT, rs.getLong("home_visit"));
          byChannel.put(ParticipationChannel.MOBILE_BALLOT_BOX, rs.getLong("mobile"));
          long taking = byChannel.values().stream().mapToLong(Long::longValue).sum();
          return new ParticipationTotals(branches, rs.getLong("taking_part"), rs.getLong("expected"), taking,
              java.util.Collections.unmodifiableMap(byChannel), rs.getLong("educated"));
        })
        .single();
  }

  /** The same escaping as Organizations' subtree queries: ids may hold '_' (a LIKE wildcard). */
  private static String likePrefix(String path) {
    return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
