package cn.congress.nomination.notice;

import cn.congress.nomination.organization.OrganizationType;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Notices written to the outbox in the caller's transaction (they exist exactly when the decision they announce was
 * committed); {@link NoticeDispatcher} delivers them.
 */
@Service
public class Notices {

  private static final String INSERT = "insert into notice (kind, election_id, organization_id, subject, body, "
      + "message_name, status, attempts, created_at) ";

  private final JdbcClient jdbc;

  Notices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void toOrganization(NoticeKind kind, String electionId, String organizationId, String subject, String body) {
    jdbc.sql(INSERT + "values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)")
        .params(kind.name(), electionId, organizationId, subject, body, kind.messageName().orElse(null), now())
        .update();
  }

  /** One notice per branch at or below the path, in one statement (a unit may have thousands of branches). */
  public int toBranchesOf(NoticeKind kind, String electionId, String subtreePath, String subject, String body) {
    return jdbc.sql(INSERT + "select ?, ?, id, ?, ?, ?, 'PENDING', 0, ? from organization "
            + "where path like ? escape '\\' and type = ?")
        .params(kind.name(), electionId, subject, body, kind.messageName().orElse(null), now(),
            likePrefix(subtreePath), OrganizationType.BRANCH.name())
        .update();
  }

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }

  static String likePrefix(String path) {
    return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
