package cn.congress.nomination.meeting;

/** Which collective decision a meeting record holds, with the meeting's name in Chinese. */
public enum MeetingKind {
  COMMITTEE_SELECTION("党委（党总支）会议遴选推荐人选"),
  UNIT_SELECTION("推荐单位党委会议确定推荐人选"),
  TARGET_PROPOSAL("常委会提出考察对象建议名单"),
  TARGET_DECISION("常委会确定考察对象"),
  INITIAL_CANDIDATES_PROPOSAL("常委会提出代表候选人初步人选"),
  INITIAL_CANDIDATES_ADJUSTMENT("常委会研究公示后的代表候选人初步人选"),
  PRELIMINARY_CANDIDATES_VOTE("全委会圈选确定代表候选人预备人选");

  private final String label;

  MeetingKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
