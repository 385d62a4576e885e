package cn.congress.nomination.notice;

import java.util.Optional;

/**
 * What a notice is about. Kinds with a message name are also correlated to the receiving branch's process when it
 * waits for that message; the others are read in the organization's inbox only.
 */
public enum NoticeKind {
  ROUND_ONE("一下：推荐提名工作通知", null),
  BRANCH_NOMINEES_FIXED("党支部推荐人选已确定", "BranchNomineesFixed"),
  UNIT_SELECTION_FIXED("推荐单位推荐人选已确定", "UnitSelectionFixed"),
  TARGET_OPINIONS("征求对考察对象人选的意见", null),
  INSPECTION_NOTICE("考察预告", null),
  INITIAL_CANDIDATES_DELIBERATION("三下：征求对代表候选人初步人选的意见", null),
  INITIAL_CANDIDATES_PUBLISHED("代表候选人初步人选已确定（五必知）", null),
  PRELIMINARY_CANDIDATES_FIXED("代表候选人预备人选已确定（五必知）", null),
  ELECTION_RESULTS("选举结果（五必知）", null),
  CANDIDATE_REMOVED("人选已被取消资格", null),
  REMINDER("截止日期提醒", null),
  LATE("逾期催办", null);

  private final String label;
  private final String messageName;

  NoticeKind(String label, String messageName) {
    this.label = label;
    this.messageName = messageName;
  }

  public String label() {
    return label;
  }

  public Optional<String> messageName() {
    return Optional.ofNullable(messageName);
  }
}
