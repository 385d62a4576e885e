package cn.congress.nomination.congress;

/** A voter's mark beside one name: for (赞成), against (不赞成), abstain (弃权). Stored as one letter. */
public enum Mark {
  FOR('F', "赞成"),
  AGAINST('A', "不赞成"),
  ABSTAIN('N', "弃权");

  private final char code;
  private final String label;

  Mark(char code, String label) {
    this.code = code;
    this.label = label;
  }

  public char code() {
    return code;
  }

  public String label() {
    return label;
  }

  static Mark of(char code) {
    for (Mark m : values()) if (m.code == code) return m;
    throw new IllegalArgumentException("unknown mark " + code);
  }
}
