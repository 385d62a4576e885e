package cn.congress.nomination.organization.imports;

/** The columns of an organizations file, in the documented order (any order is accepted). */
enum OrganizationColumn implements Column {
  ID("id", "组织编号", true, 64),
  PARENT_ID("parent_id", "上级组织编号", false, 64),
  NAME("name", "组织名称", true, 200),
  TYPE("type", "组织类型", true, 0),
  KIND("kind", "组织类别", false, 32),
  SORT_ORDER("sort_order", "排序号", false, 0);

  private final String header;
  private final String label;
  private final boolean required;
  private final int maxLength;

  OrganizationColumn(String header, String label, boolean required, int maxLength) {
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
