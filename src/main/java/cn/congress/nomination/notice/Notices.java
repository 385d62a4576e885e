package cn.congress.nomination.notice;

import org.springframework.stereotype.Service;

/** CONTRACT SKELETON (helper F implements): notices written to the outbox in the caller's transaction. */
@Service
public class Notices {

  public void toOrganization(NoticeKind kind, String electionId, String organizationId, String subject, String body) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public int toBranchesOf(NoticeKind kind, String electionId, String subtreePath, String subject, String body) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
