package cn.congress.nomination.candidate;

import cn.congress.nomination.election.Stage;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** All stage rosters, to find the latest stage a person reached. */
@Component
public class StageRosters {

  // looked up when asked: a stage's roster may itself read an earlier stage through this class
  private final ObjectProvider<StageRoster> provider;

  StageRosters(ObjectProvider<StageRoster> provider) {
    this.provider = provider;
  }

  private List<StageRoster> rosters() {
    return provider.orderedStream().sorted(Comparator.comparing(StageRoster::stage).reversed()).toList();
  }

  /** The latest stage whose list holds the person, if any. */
  public Optional<Stage> latestStageOf(String electionId, String memberId) {
    return rosters().stream().filter(r -> r.memberIds(electionId).contains(memberId)).map(StageRoster::stage).findFirst();
  }

  public Optional<StageRoster> of(Stage stage) {
    return rosters().stream().filter(r -> r.stage() == stage).findFirst();
  }
}
