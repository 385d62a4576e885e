package cn.congress.nomination.inspection;

/**
 * Where a must's result comes from: the target's own records (archive, personal-matters report, the discipline
 * commission's opinion) and the sources the rules name for the fourth must (inspection tours, petitions, audits,
 * special inspections, relatives' businesses, sanctions, interviews with people who know the target).
 */
public enum EvidenceSource {
  ARCHIVE("干部人事档案"),
  PERSONAL_MATTERS_REPORT("个人有关事项报告"),
  DISCIPLINE_OPINION("纪检监察机关意见"),
  INSPECTION_TOUR("巡视巡察"),
  PETITION("信访举报"),
  AUDIT("审计"),
  SPECIAL_INSPECTION("专项检查"),
  RELATIVES_BUSINESS("亲属经商办企业"),
  SANCTION("处分处理"),
  INTERVIEW("知情人谈话");

  private final String label;

  EvidenceSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The sources a complaint's verification may rest on (the rules' list). */
  public boolean verifiesComplaints() {
    return this != ARCHIVE && this != PERSONAL_MATTERS_REPORT && this != DISCIPLINE_OPINION;
  }
}
