package cn.congress.nomination.nomination;

/** Which of a nominee's votes a majority is counted from. */
public enum VoteCount {
  ALL_VOTES("得票数"),
  FULL_MEMBER_VOTES("正式党员得票数");

  private final String label;

  VoteCount(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  int of(NomineeVotes nominee) {
    return this == ALL_VOTES ? nominee.votes() : nominee.fullMemberVotes();
  }
}
