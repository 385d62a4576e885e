package cn.congress.nomination.organization.imports;

/** The columns of an organizations file, in the documented order (any order is accepted). */
enum OrganizationColumn implements Column {
  ID(new Spec("id", "组织编号", true, 64)),
  PARENT_ID(new Spec("parent_id", "上级组织编号", false, 64)),
  NAME(new Spec("name", "组织名称", true, 200)),
  TYPE(new Spec("type", "组织类型", true, 0)),
  KIND(new Spec("kind", "组织类别", false, 32)),
  SORT_ORDER(new Spec("sort_order", "排序号", false, 0));

  private final Spec spec;

  OrganizationColumn(Spec spec) {
    this.spec = spec;
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
