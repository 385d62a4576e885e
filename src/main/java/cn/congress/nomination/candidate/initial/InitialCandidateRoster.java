package cn.congress.nomination.candidate.initial;

import cn.congress.nomination.candidate.StageRoster;
import cn.congress.nomination.election.Stage;
import java.util.List;
import org.springframework.stereotype.Component;

/** The initial candidates as the standing committee last confirmed them. */
@Component
class InitialCandidateRoster implements StageRoster {

  private final InitialCandidates candidates;

  InitialCandidateRoster(InitialCandidates candidates) {
    this.candidates = candidates;
  }

  @Override
  public Stage stage() {
    return Stage.INITIAL_CANDIDATES;
  }

  @Override
  public List<String> memberIds(String electionId) {
    return candidates.current(electionId);
  }
}
