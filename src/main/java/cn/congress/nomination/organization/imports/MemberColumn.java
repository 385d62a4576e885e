package cn.congress.nomination.organization.imports;

/** The columns of a members file, in the documented order (any order is accepted). */
enum MemberColumn implements Column {
  ID("id", "党员编号", true, 64),
  ORGANIZATION_ID("organization_id", "所在党支部编号", true, 64),
  NAME("name", "姓名", true, 100),
  GENDER("gender", "性别", true, 0),
  ETHNICITY("ethnicity", "民族", true, 40),
  BIRTH_DATE("birth_date", "出生日期", true, 0),
  JOINED_ON("joined_on", "入党日期", true, 0),
  MEMBERSHIP("membership", "党员类别", true, 0),
  EDUCATION("education", "学历", true, 0),
  UNIT_TYPE("unit_type", "单位性质", true, 0),
  SECTOR("sector", "所在行业", false, 64),
  CADRE_LEVEL("cadre_level", "干部级别", true, 0),
  OCCUPATION("occupation", "职业", true, 0),
  HONOUR_LEVEL("honour_level", "荣誉级别", true, 0),
  HONOUR("honour", "荣誉称号", false, 200),
  SANCTION("sanction", "党纪处分", true, 0),
  SANCTION_ENDS_ON("sanction_ends_on", "处分影响期截止日期", false, 0),
  UNDER_INVESTIGATION("under_investigation", "是否正在接受审查调查", true, 0),
  ENTERPRISE_EMPLOYEE("enterprise_employee", "是否企业人员", true, 0),
  FINANCE_EMPLOYEE("finance_employee", "是否金融系统人员", true, 0),
  MIGRANT_WORKER("migrant_worker", "是否农民工", true, 0);

  private final String header;
  private final String label;
  private final boolean required;
  private final int maxLength;

  MemberColumn(String header, String label, boolean required, int maxLength) {
    this.header = header;
    this.label = label;
    this.required = required;
    this.maxLength = maxLength;
  }

  @Override public String header() { return header; }
  @Override public String label() { return label; }
  @Override public boolean required() { return required; }
  @Override public int maxLength() { return maxLength; }
}
