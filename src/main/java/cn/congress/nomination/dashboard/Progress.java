package cn.congress.nomination.dashboard;

/** Where a unit or branch stands in the current round, with the words the dashboard shows. */
enum Progress {
  DONE("已完成"),
  SENT_BACK("退回重报"),
  LATE("逾期未报"),
  IN_PROGRESS("进行中"),
  NOT_STARTED("未启动");

  private final String label;

  Progress(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
