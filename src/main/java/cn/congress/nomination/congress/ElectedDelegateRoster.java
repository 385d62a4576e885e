package cn.congress.nomination.congress;

import cn.congress.nomination.candidate.StageRoster;
import cn.congress.nomination.election.Stage;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The delegates the conference elected (credentials not declared invalid), in surname stroke order: the ELECTION
 * stage's list, of which the report materials (report, roster, registration forms) are made for the filing.
 */
@Component
class ElectedDelegateRoster implements StageRoster {

  // lazy: the conference itself finds the rosters of the earlier stages
  private final ObjectProvider<Conference> conference;

  ElectedDelegateRoster(ObjectProvider<Conference> conference) {
    this.conference = conference;
  }

  @Override
  public Stage stage() {
    return Stage.ELECTION;
  }

  @Override
  public List<String> memberIds(String electionId) {
    return conference.getObject().elected(electionId).stream().map(ElectedDelegate::memberId).toList();
  }
}
