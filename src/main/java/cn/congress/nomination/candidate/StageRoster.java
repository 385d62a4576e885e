package cn.congress.nomination.candidate;

import cn.congress.nomination.election.Stage;
import java.util.List;

/**
 * The names a stage of the campaign currently holds (before removals are applied). Each stage's feature provides one
 * bean, so a cross-stage rule (a discipline violation removes the person at whatever stage they are) finds the latest
 * stage a person reached without knowing every feature.
 */
public interface StageRoster {

  Stage stage();

  /** The stage's current list for the election, in its own order; empty while the stage has not decided one. */
  List<String> memberIds(String electionId);
}
