package cn.congress.nomination.candidate.initial;

import cn.congress.nomination.meeting.MeetingKind;

/**
 * The standing committee's two meetings on the initial candidates: the proposal, and the adjustment when the
 * publicity removed names (a replacement or a shorter list).
 */
public enum InitialStage {
  PROPOSAL(MeetingKind.INITIAL_CANDIDATES_PROPOSAL, "代表候选人初步人选建议名单"),
  ADJUSTMENT(MeetingKind.INITIAL_CANDIDATES_ADJUSTMENT, "公示后调整的代表候选人初步人选名单");

  private final MeetingKind kind;
  private final String label;

  InitialStage(MeetingKind kind, String label) {
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
