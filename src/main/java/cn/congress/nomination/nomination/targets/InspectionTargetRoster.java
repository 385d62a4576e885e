package cn.congress.nomination.nomination.targets;

import cn.congress.nomination.candidate.StageRoster;
import cn.congress.nomination.election.Stage;
import java.util.List;
import org.springframework.stereotype.Component;

/** The inspection targets the standing committee fixed (二上), in the order of its decision. */
@Component
class InspectionTargetRoster implements StageRoster {

  private final InspectionTargets targets;

  InspectionTargetRoster(InspectionTargets targets) {
    this.targets = targets;
  }

  @Override
  public Stage stage() {
    return Stage.INSPECTION;
  }

  @Override
  public List<String> memberIds(String electionId) {
    return targets.fixed(electionId);
  }
}
