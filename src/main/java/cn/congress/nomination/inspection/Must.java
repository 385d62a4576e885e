package cn.congress.nomination.inspection;

/** The four musts (四必) of an inspection, each with the source its evidence must include. */
public enum Must {
  ARCHIVE_REVIEW("干部人事档案必审", EvidenceSource.ARCHIVE),
  PERSONAL_MATTERS("个人有关事项报告必核（领导干部）", EvidenceSource.PERSONAL_MATTERS_REPORT),
  DISCIPLINE_OPINION("纪检监察机关意见必听", EvidenceSource.DISCIPLINE_OPINION),
  COMPLAINTS("反映问题线索具体、有可查性的信访举报必查", null);

  private final String label;
  private final EvidenceSource requiredSource;

  Must(String label, EvidenceSource requiredSource) {
    this.label = label;
    this.requiredSource = requiredSource;
  }

  public String label() {
    return label;
  }

  /** The source a checked must cites at least once; null for complaints (each complaint carries its own evidence). */
  public EvidenceSource requiredSource() {
    return requiredSource;
  }

  public enum Result {
    CLEAR("未发现问题"),
    ISSUES_FOUND("发现问题"),
    NOT_APPLICABLE("不适用");

    private final String label;

    Result(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
