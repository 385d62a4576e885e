package cn.congress.nomination.nomination.targets;

import cn.congress.nomination.meeting.MeetingKind;

/** The two standing committee meetings on the targets: the proposal (二下) and the decision (二上). */
enum TargetStage {
  PROPOSAL(MeetingKind.TARGET_PROPOSAL, "考察对象建议名单"),
  DECISION(MeetingKind.TARGET_DECISION, "考察对象决定");

  private final MeetingKind kind;
  private final String label;

  TargetStage(MeetingKind kind, String label) {
    this.kind = kind;
    this.label = label;
  }

  MeetingKind kind() {
    return kind;
  }

  String label() {
    return label;
  }
}
