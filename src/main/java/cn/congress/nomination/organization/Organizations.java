package cn.congress.nomination.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organization table. Writes go in batches: an import or the demo may bring tens of thousands of rows. */
@Repository
public class Organizations {

  private static final String COLUMNS = "id, parent_id, name, type, kind, path, depth, sort_order";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  Organizations(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  public Optional<Organization> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from organization where id = ?").param(id).query(Organizations::map).optional();
  }

  public Organization get(String id) {
    return find(id).orElseThrow(() -> new UnknownOrganizationException(id));
  }

  public List<Organization> children(String parentId) {
    return jdbc.sql("select " + COLUMNS + " from organization where parent_id = ? order by sort_order, id")
        .param(parentId).query(Organizations::map).list();
  }

  /** Every organization at or below the given path, in tree order. */
  public List<Organization> subtree(String path) {
    return jdbc.sql("select " + COLUMNS + " from organization where path like ? order by path")
        .param(likePrefix(path)).query(Organizations::map).list();
  }

  public List<Organization> all() {
    return jdbc.sql("select " + COLUMNS + " from organization order by path").query(Organizations::map).list();
  }

  public long countByTypeWithin(String path, OrganizationType type) {
    return jdbc.sql("select count(*) from organization where path like ? and type = ?")
        .param(likePrefix(path)).param(type.name()).query(Long.class).single();
  }

  public void insert(Collection<Organization> organizations) {
    Timestamp now = Timestamp.from(Instant.now());
    template.batchUpdate(
        "insert into organization (id, parent_id, name, type, kind, path, depth, sort_order, updated_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        organizations, 1000, (ps, o) -> {
          ps.setString(1, o.id());
          ps.setString(2, o.parentId());
          ps.setString(3, o.name());
          ps.setString(4, o.type().name());
          ps.setString(5, o.kind());
          ps.setString(6, o.path());
          ps.setInt(7, o.depth());
          ps.setInt(8, o.sortOrder());
          ps.setTimestamp(9, now);
        });
  }

  public void update(Collection<Organization> organizations) {
    Timestamp now = Timestamp.from(Instant.now());
    template.batchUpdate(
        "update organization set parent_id = ?, name = ?, type = ?, kind = ?, path = ?, depth = ?, sort_order = ?, "
            + "updated_at = ? where id = ?",
        organizations, 1000, (ps, o) -> {
          ps.setString(1, o.parentId());
          ps.setString(2, o.name());
          ps.setString(3, o.type().name());
          ps.setString(4, o.kind());
          ps.setString(5, o.path());
          ps.setInt(6, o.depth());
          ps.setInt(7, o.sortOrder());
          ps.setTimestamp(8, now);
          ps.setString(9, o.id());
        });
  }

  static String likePrefix(String path) {
    return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  static Organization map(ResultSet rs, int row) throws SQLException {
    return new Organization(rs.getString("id"), rs.getString("parent_id"), rs.getString("name"),
        OrganizationType.valueOf(rs.getString("type")), rs.getString("kind"), rs.getString("path"),
        rs.getInt("depth"), rs.getInt("sort_order"));
  }
}
