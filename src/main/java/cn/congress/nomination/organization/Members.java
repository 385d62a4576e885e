package cn.congress.nomination.organization;

import cn.congress.nomination.organization.MemberAttributes.*;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The member table: lookups, search within a subtree (pickers over tens of thousands), batch writes. */
@Repository
public class Members {

  static final String COLUMNS = "m.id, m.organization_id, m.name, m.gender, m.ethnicity, m.birth_date, m.joined_on, "
      + "m.membership, m.education, m.unit_type, m.sector, m.cadre_level, m.occupation, m.honour_level, m.honour, "
      + "m.sanction, m.sanction_ends_on, m.under_investigation, m.enterprise_employee, m.finance_employee, "
      + "m.migrant_worker";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  Members(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  public Optional<Member> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from member m where m.id = ?").param(id).query(Members::map).optional();
  }

  public List<Member> ofOrganization(String organizationId) {
    return jdbc.sql("select " + COLUMNS + " from member m where m.organization_id = ? order by m.id")
        .param(organizationId).query(Members::map).list();
  }

  /** Members within a subtree whose name or id starts with the text, a page at a time. */
  public List<Member> search(String subtreePath, String text, int offset, int limit) {
    String like = Organizations.likePrefix(text == null ? "" : text.trim());
    return jdbc.sql("select " + COLUMNS + " from member m join organization o on o.id = m.organization_id "
            + "where o.path like ? and (m.name like ? or m.id like ?) order by m.name, m.id offset ? rows fetch next ? rows only")
        .param(Organizations.likePrefix(subtreePath)).param(like).param(like).param(offset).param(limit)
        .query(Members::map).list();
  }

  public long countWithin(String subtreePath) {
    return jdbc.sql("select count(*) from member m join organization o on o.id = m.organization_id where o.path like ?")
        .param(Organizations.likePrefix(subtreePath)).query(Long.class).single();
  }

  /** Every member, one row at a time: an import indexes the whole table once without a second copy of it. */
  public void forEach(Consumer<Member> action) {
    template.query(connection -> {
      PreparedStatement statement = connection.prepareStatement("select " + COLUMNS + " from member m");
      statement.setFetchSize(1000);
      return statement;
    }, (ResultSet rs) -> {
      action.accept(map(rs, 0));
    });
  }

  public long count() {
    return jdbc.sql("select count(*) from member").query(Long.class).single();
  }

  public void insert(Collection<Member> members) {
    Timestamp now = Timestamp.from(Instant.now());
    template.batchUpdate("insert into member (organization_id, name, gender, ethnicity, birth_date, joined_on, "
            + "membership, education, unit_type, sector, cadre_level, occupation, honour_level, honour, sanction, "
            + "sanction_ends_on, under_investigation, enterprise_employee, finance_employee, migrant_worker, updated_at, id) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        members, 1000, (ps, m) -> bind(ps, m, now));
  }

  public void update(Collection<Member> members) {
    Timestamp now = Timestamp.from(Instant.now());
    template.batchUpdate("update member set organization_id = ?, name = ?, gender = ?, ethnicity = ?, birth_date = ?, "
            + "joined_on = ?, membership = ?, education = ?, unit_type = ?, sector = ?, cadre_level = ?, occupation = ?, "
            + "honour_level = ?, honour = ?, sanction = ?, sanction_ends_on = ?, under_investigation = ?, "
            + "enterprise_employee = ?, finance_employee = ?, migrant_worker = ?, updated_at = ? where id = ?",
        members, 1000, (ps, m) -> bind(ps, m, now));
  }

  private static void bind(PreparedStatement ps, Member m, Timestamp now) throws SQLException {
    ps.setString(1, m.organizationId());
    ps.setString(2, m.name());
    ps.setString(3, m.gender().name());
    ps.setString(4, m.ethnicity());
    ps.setDate(5, Date.valueOf(m.birthDate()));
    ps.setDate(6, Date.valueOf(m.joinedOn()));
    ps.setString(7, m.membership().name());
    ps.setString(8, m.education().name());
    ps.setString(9, m.unitType().name());
    ps.setString(10, m.sector());
    ps.setString(11, m.cadreLevel().name());
    ps.setString(12, m.occupation().name());
    ps.setString(13, m.honourLevel().name());
    ps.setString(14, m.honour());
    ps.setString(15, m.sanction().name());
    ps.setDate(16, m.sanctionEndsOn() == null ? null : Date.valueOf(m.sanctionEndsOn()));
    ps.setBoolean(17, m.underInvestigation());
    ps.setBoolean(18, m.enterpriseEmployee());
    ps.setBoolean(19, m.financeEmployee());
    ps.setBoolean(20, m.migrantWorker());
    ps.setTimestamp(21, now);
    ps.setString(22, m.id());
  }

  static Member map(ResultSet rs, int row) throws SQLException {
    return new Member(rs.getString("id"), rs.getString("organization_id"), rs.getString("name"),
        Gender.valueOf(rs.getString("gender")), rs.getString("ethnicity"), date(rs, "birth_date"),
        date(rs, "joined_on"), Membership.valueOf(rs.getString("membership")),
        Education.valueOf(rs.getString("education")), UnitType.valueOf(rs.getString("unit_type")),
        rs.getString("sector"), CadreLevel.valueOf(rs.getString("cadre_level")),
        Occupation.valueOf(rs.getString("occupation")), HonourLevel.valueOf(rs.getString("honour_level")),
        rs.getString("honour"), Sanction.valueOf(rs.getString("sanction")), date(rs, "sanction_ends_on"),
        rs.getBoolean("under_investigation"), rs.getBoolean("enterprise_employee"), rs.getBoolean("finance_employee"),
        rs.getBoolean("migrant_worker"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
