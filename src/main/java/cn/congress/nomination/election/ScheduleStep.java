package cn.congress.nomination.election;

/**
 * The steps of a campaign in their order; each may carry a calendar deadline. BRANCH_NOMINATION (branches' meetings)
 * and TARGET_OPINIONS (units' opinions on the proposed inspection targets, 二上) are optional: without them the
 * branches are due with NOMINATION and the opinions with INSPECTION_TARGETS (see {@link #dueWith()}).
 */
public enum ScheduleStep {
  WORK_PLAN("制定工作方案"),
  DEPLOYMENT("动员部署"),
  BRANCH_NOMINATION("党支部推荐提名"),
  NOMINATION("推荐提名"),
  TARGET_OPINIONS("征求推荐单位对考察对象的意见"),
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

  /** The step whose deadline applies when this optional step has none of its own. */
  public ScheduleStep dueWith() {
    return switch (this) {
      case BRANCH_NOMINATION -> NOMINATION;
      case TARGET_OPINIONS -> INSPECTION_TARGETS;
      default -> this;
    };
  }
}
