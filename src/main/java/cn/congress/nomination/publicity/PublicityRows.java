package cn.congress.nomination.publicity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The publicity tables (V10__publicity.sql). */
@Component
class PublicityRows {

  private final JdbcClient jdbc;

  PublicityRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Publicity p, List<String> memberIds) {
    jdbc.sql("""
            insert into publicity (id, election_id, electoral_unit_id, subject, published_on, working_days, first_day,
              last_day, ends_at, opened_by, opened_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(p.id(), p.electionId(), p.electoralUnitId(), p.subject().name(), p.publishedOn(), p.workingDays(),
            p.firstDay(), p.lastDay(), Timestamp.from(p.endsAt()), p.openedBy(), Timestamp.from(p.openedAt()))
        .update();
    for (int i = 0; i < memberIds.size(); i++) {
      jdbc.sql("insert into publicity_name (publicity_id, member_id, position) values (?, ?, ?)")
          .params(p.id(), memberIds.get(i), i + 1).update();
    }
  }

  Optional<Publicity> find(String id) {
    return jdbc.sql("select * from publicity where id = ?").param(id).query(PublicityRows::publicity).optional();
  }

  /** Reads the row with a lock: objections and the closing of the period are serialized on it. */
  Optional<Publicity> lock(String id) {
    return jdbc.sql("select * from publicity where id = ? for update").param(id).query(PublicityRows::publicity)
        .optional();
  }

  List<Publicity> ofElection(String electionId) {
    return jdbc.sql("select * from publicity where election_id = ? order by opened_at, id").param(electionId)
        .query(PublicityRows::publicity).list();
  }

  List<String> memberIds(String publicityId) {
    return jdbc.sql("select member_id from publicity_name where publicity_id = ? order by position")
        .param(publicityId).query(String.class).list();
  }

  void linkProcess(String publicityId, String processInstanceId) {
    jdbc.sql("update publicity set process_instance_id = ? where id = ?").params(processInstanceId, publicityId)
        .update();
  }

  void close(String publicityId, Instant at) {
    jdbc.sql("update publicity set closed_at = ? where id = ? and closed_at is null")
        .params(Timestamp.from(at), publicityId).update();
  }

  void insert(Objection o) {
    jdbc.sql("""
            insert into publicity_objection (id, publicity_id, member_id, channel, content, contact, client_address,
              entered_by, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(o.id(), o.publicityId(), o.memberId(), o.channel().name(), o.content(), o.contact(),
            o.clientAddress(), o.enteredBy(), Timestamp.from(o.receivedAt()))
        .update();
  }

  Optional<Objection> objection(String id) {
    return jdbc.sql("select * from publicity_objection where id = ?").param(id).query(PublicityRows::objection)
        .optional();
  }

  List<Objection> objections(String publicityId) {
    return jdbc.sql("select * from publicity_objection where publicity_id = ? order by received_at, id")
        .param(publicityId).query(PublicityRows::objection).list();
  }

  /** Records the conclusion once: false when it was concluded already (nothing changes). */
  boolean conclude(String objectionId, Conclusion conclusion, String findings, String by, Instant at) {
    return jdbc.sql("""
            update publicity_objection set conclusion = ?, findings = ?, concluded_by = ?, concluded_at = ?
            where id = ? and conclusion is null""")
        .params(conclusion.name(), findings, by, Timestamp.from(at), objectionId).update() == 1;
  }

  private static Publicity publicity(ResultSet rs, int row) throws SQLException {
    Timestamp closed = rs.getTimestamp("closed_at");
    return new Publicity(rs.getString("id"), rs.getString("election_id"), rs.getString("electoral_unit_id"),
        PublicitySubject.valueOf(rs.getString("subject")), rs.getDate("published_on").toLocalDate(),
        rs.getInt("working_days"), rs.getDate("first_day").toLocalDate(), rs.getDate("last_day").toLocalDate(),
        rs.getTimestamp("ends_at").toInstant(), rs.getString("opened_by"), rs.getTimestamp("opened_at").toInstant(),
        rs.getString("process_instance_id"), closed == null ? null : closed.toInstant());
  }

  private static Objection objection(ResultSet rs, int row) throws SQLException {
    String conclusion = rs.getString("conclusion");
    Timestamp concluded = rs.getTimestamp("concluded_at");
    return new Objection(rs.getString("id"), rs.getString("publicity_id"), rs.getString("member_id"),
        ObjectionChannel.valueOf(rs.getString("channel")), rs.getString("content"), rs.getString("contact"),
        rs.getString("client_address"), rs.getString("entered_by"), rs.getTimestamp("received_at").toInstant(),
        conclusion == null ? null : Conclusion.valueOf(conclusion), rs.getString("findings"),
        rs.getString("concluded_by"), concluded == null ? null : concluded.toInstant());
  }
}
