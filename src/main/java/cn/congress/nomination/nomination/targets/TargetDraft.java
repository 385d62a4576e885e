package cn.congress.nomination.nomination.targets;

import cn.congress.nomination.meeting.MeetingDraft;
import cn.congress.nomination.meeting.MeetingVote;
import java.util.List;
import java.util.Map;

/**
 * A standing committee meeting on the targets as prepared: members expected and present, the decision's text, the
 * votes per name (selected = a target; departureReason where the selection departs from the pool's ranking) and, for
 * the decision, the reason of each change against the confirmed proposal (member id → reason).
 */
public record TargetDraft(Integer expected, Integer present, String decision, List<MeetingVote> votes,
                          Map<String, String> changeReasons) {

  public TargetDraft {
    votes = votes == null ? List.of() : List.copyOf(votes);
    changeReasons = changeReasons == null ? Map.of() : Map.copyOf(changeReasons);
  }

  MeetingDraft meeting() {
    return new MeetingDraft(expected, present, decision, votes);
  }

  /** The targets: the selected names in the order given. */
  List<String> targets() {
    return votes.stream().filter(v -> v != null && v.selected() && v.memberId() != null).map(MeetingVote::memberId)
        .toList();
  }
}
