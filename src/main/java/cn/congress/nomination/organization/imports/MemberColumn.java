package cn.congress.nomination.organization.imports;

/** The columns of a members file, in the documented order (any order is accepted). */
enum MemberColumn implements Column {
  ID(new Spec("id", "党员编号", true, 64)),
  ORGANIZATION_ID(new Spec("organization_id", "所在党支部编号", true, 64)),
  NAME(new Spec("name", "姓名", true, 100)),
  GENDER(new Spec("gender", "性别", true, 0)),
  ETHNICITY(new Spec("ethnicity", "民族", true, 40)),
  BIRTH_DATE(new Spec("birth_date", "出生日期", true, 0)),
  JOINED_ON(new Spec("joined_on", "入党日期", true, 0)),
  MEMBERSHIP(new Spec("membership", "党员类别", true, 0)),
  EDUCATION(new Spec("education", "学历", true, 0)),
  UNIT_TYPE(new Spec("unit_type", "单位性质", true, 0)),
  SECTOR(new Spec("sector", "所在行业", false, 64)),
  CADRE_LEVEL(new Spec("cadre_level", "干部级别", true, 0)),
  OCCUPATION(new Spec("occupation", "职业", true, 0)),
  HONOUR_LEVEL(new Spec("honour_level", "荣誉级别", true, 0)),
  HONOUR(new Spec("honour", "荣誉称号", false, 200)),
  SANCTION(new Spec("sanction", "党纪处分", true, 0)),
  SANCTION_ENDS_ON(new Spec("sanction_ends_on", "处分影响期截止日期", false, 0)),
  UNDER_INVESTIGATION(new Spec("under_investigation", "是否正在接受审查调查", true, 0)),
  ENTERPRISE_EMPLOYEE(new Spec("enterprise_employee", "是否企业人员", true, 0)),
  FINANCE_EMPLOYEE(new Spec("finance_employee", "是否金融系统人员", true, 0)),
  MIGRANT_WORKER(new Spec("migrant_worker", "是否农民工", true, 0));

  private final Spec spec;

  MemberColumn(Spec spec) {
    this.spec = spec;
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
