package cn.congress.nomination.election;

/** The steps of a campaign in their order; each may carry a calendar deadline. */
public enum ScheduleStep {
  WORK_PLAN("制定工作方案"),
  DEPLOYMENT("动员部署"),
  NOMINATION("推荐提名"),
  INSPECTION_TARGETS("确定考察对象"),
  INSPECTION("组织考察"),
  INITIAL_CANDIDATES("确定代表候选人初步人选"),
  PRELIMINARY_CANDIDATES("确定代表候选人预备人选"),
  ELECTION("召开大会选举"),
  CREDENTIALS("代表资格审查");

  private final String label;

  ScheduleStep(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
