package cn.congress.nomination.candidate.preliminary;

import cn.congress.nomination.candidate.StageRoster;
import cn.congress.nomination.election.Stage;
import java.util.List;
import org.springframework.stereotype.Component;

/** The preliminary candidates the upper committee approved, in the plenary's order (removals applied by readers). */
@Component
class PreliminaryCandidateRoster implements StageRoster {

  private final PreliminaryCandidates candidates;

  PreliminaryCandidateRoster(PreliminaryCandidates candidates) {
    this.candidates = candidates;
  }

  @Override
  public Stage stage() {
    return Stage.PRELIMINARY_CANDIDATES;
  }

  @Override
  public List<String> memberIds(String electionId) {
    return candidates.approved(electionId);
  }
}
