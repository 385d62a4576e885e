package cn.congress.nomination.nomination.branch;

import cn.congress.nomination.meeting.RankedName;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * CONTRACT SKELETON (helper B implements): what the branches of a subtree submitted, read by the levels above.
 * See /work/HELPERS.md.
 */
@Service
public class BranchSubmissions {

  /** Names backed by the submitted branches within the subtree, most branches first, then most members' votes. */
  public List<RankedName> ranking(String electionId, String subtreePath) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Every branch of the subtree with its state (NOT_SUBMITTED, SUBMITTED, SENT_BACK). */
  public List<BranchState> states(String electionId, String subtreePath) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Organizations and members taking part in the subtree, by channel, with the participation and education rates. */
  public ParticipationTotals totals(String electionId, String subtreePath) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
