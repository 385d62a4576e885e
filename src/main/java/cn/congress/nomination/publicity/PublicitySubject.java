package cn.congress.nomination.publicity;

import cn.congress.nomination.election.Stage;

/** What a publicity publishes; the stage a name removed after an objection is taken off at. */
public enum PublicitySubject {
  INITIAL_CANDIDATES("代表候选人初步人选公示", Stage.INITIAL_CANDIDATES);

  private final String label;
  private final Stage stage;

  PublicitySubject(String label, Stage stage) {
    this.label = label;
    this.stage = stage;
  }

  public String label() {
    return label;
  }

  public Stage stage() {
    return stage;
  }
}
