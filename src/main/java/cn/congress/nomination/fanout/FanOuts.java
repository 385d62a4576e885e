package cn.congress.nomination.fanout;

import cn.congress.nomination.organization.OrganizationType;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * CONTRACT SKELETON (helper F implements): fan-out of a waiting parent process to its children in batches, and fan-in
 * by one completion row per child, correlating the parent exactly once. See /work/HELPERS.md.
 */
@Service
public class FanOuts {

  public int openForSubtree(String fanOutId, String electionId, String parentProcessInstanceId, String completionMessage,
                            String childProcessKey, String subtreePath, OrganizationType childType) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public int openForChildren(String fanOutId, String electionId, String parentProcessInstanceId,
                             String completionMessage, List<String> childOrganizationIds) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public long startNextBatch(String fanOutId) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public void recordCompletion(String fanOutId, String childOrganizationId) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public void reopen(String fanOutId, String childOrganizationId) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public boolean correlateIfComplete(String fanOutId) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
