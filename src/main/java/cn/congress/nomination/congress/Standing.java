package cn.congress.nomination.congress;

/** One person's place in a round's outcome. */
public record Standing(String memberId, String name, int votesFor, boolean writeIn, Result result) {

  public enum Result {
    ELECTED("当选"),
    TIED("票数相等，须重新投票"),
    NOT_ELECTED("未当选（名额已满）"),
    BELOW_THRESHOLD("赞成票未过半数，未当选");

    private final String label;

    Result(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
