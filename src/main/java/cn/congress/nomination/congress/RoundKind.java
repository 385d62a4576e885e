package cn.congress.nomination.congress;

/**
 * Why a round is held: the vote on the formal list, a new vote among those tied for the last seats, 另行选举 for
 * unfilled seats, or the seats of delegates whose credentials were declared invalid.
 */
public enum RoundKind {
  REGULAR("正式选举"),
  TIE_BREAK("票数相等者重新投票"),
  SUPPLEMENTARY("另行选举"),
  /** After the credentials review declared delegates invalid: their seats voted again. */
  RE_ELECTION("资格审查后重新选举");

  private final String label;

  RoundKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
