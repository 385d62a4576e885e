package cn.congress.nomination.organization.imports;

/**
 * Every rule an import checks: the stable code clients see in {@code violations[].rule} and the Chinese reason the
 * user reads. Codes never change once published; reasons may be reworded.
 */
enum ImportRule {
  // the file as a whole
  FILE_TYPE("仅支持 .csv 或 .xlsx 文件"),
  UNREADABLE_FILE("文件无法读取"),
  EMPTY_FILE("文件为空：第 1 行须为表头"),
  UNKNOWN_COLUMN("表头中有未知的列"),
  MISSING_COLUMN("表头缺少必需的列"),
  DUPLICATE_COLUMN("表头中的列重复"),
  EXTRA_VALUES("本行的值多于表头的列数"),
  TOO_MANY_ERRORS("错误过多，仅列出前面的部分"),
  // one value
  REQUIRED("不能为空"),
  ID_FORMAT("编号须为 1 至 64 位字母、数字、下划线、点或连字符，以字母或数字开头，不能以 role- 开头，也不能是 camunda-admin"),
  NAME_TOO_LONG("名称过长"),
  VALUE_TOO_LONG("内容过长"),
  BAD_VALUE("取值无效"),
  BAD_DATE("日期格式须为 yyyy-MM-dd（如 1980-05-01）"),
  // organizations
  DUPLICATE_ID("编号在文件中重复"),
  UNKNOWN_PARENT("上级组织不存在（既不在文件中，也不在系统中）"),
  PARENT_TYPE("组织类型不能隶属于该类型的上级组织"),
  CYCLE("上下级关系形成循环"),
  PATH_TOO_LONG("组织层级过深"),
  BRANCH_HAS_MEMBERS("该党支部已有党员，不能改为其他组织类型"),
  // members
  UNKNOWN_ORGANIZATION("所在组织不存在"),
  MEMBER_NOT_IN_BRANCH("党员只能隶属于党支部"),
  BIRTH_IN_FUTURE("出生日期晚于今天"),
  BIRTH_TOO_EARLY("出生日期早于 120 年前"),
  JOINED_IN_FUTURE("入党日期晚于今天"),
  JOINED_BEFORE_BIRTH("入党日期早于出生日期"),
  JOINED_BEFORE_18("入党时未满 18 周岁"),
  SANCTION_END_REQUIRED("受党纪处分（开除党籍除外）须填写处分影响期截止日期"),
  SANCTION_END_WITHOUT_SANCTION("未受党纪处分，不应填写处分影响期截止日期"),
  EXPULSION_HAS_NO_END("开除党籍没有影响期截止日期");

  private final String reason;

  ImportRule(String reason) {
    this.reason = reason;
  }

  String reason() {
    return reason;
  }
}
