package cn.congress.nomination.election;

/** What an election threshold counts against: the voters entitled (应到) or the voters present (实到). */
public enum VoterBasis {
  EXPECTED("应到会人数"),
  PRESENT("实到会人数");

  private final String label;

  VoterBasis(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
