package cn.congress.nomination.election;

/**
 * The stages at which a list of names must exceed what it is chosen for, in the order of the campaign. The base of a
 * margin is the unit's seats at RECOMMENDATION, the number of initial candidates at INSPECTION, the seats otherwise.
 */
public enum Stage {
  RECOMMENDATION("推荐单位推荐人选"),
  INSPECTION("初步人选考察对象"),
  INITIAL_CANDIDATES("代表候选人初步人选"),
  PRELIMINARY_CANDIDATES("代表候选人预备人选"),
  ELECTION("正式选举");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
