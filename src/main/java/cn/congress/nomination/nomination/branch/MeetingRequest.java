package cn.congress.nomination.nomination.branch;

import cn.congress.nomination.nomination.BranchMeetingRecord;
import cn.congress.nomination.nomination.NomineeVotes;
import cn.congress.nomination.nomination.ParticipationChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The branch meeting record as the form sends it: members expected, taking part per channel, told of the nomination
 * (education), and one row per nominee (optionally with the identity category the branch proposes).
 */
record MeetingRequest(Integer expected, Map<ParticipationChannel, Integer> participants, Integer educated,
                      List<NomineeRow> nominees) {

  record NomineeRow(String memberId, Integer votes, Integer fullMemberVotes, String category) {}

  MeetingRequest {
    participants = participants == null ? Map.of() : participants;
    // A null row must reach the rules and be reported, not fail here.
    nominees = nominees == null ? List.of() : new ArrayList<>(nominees);
  }

  BranchMeetingRecord record() {
    return new BranchMeetingRecord(expected, participants, nominees.stream()
        .map(n -> n == null ? null : new NomineeVotes(n.memberId() == null ? null : n.memberId().trim(), n.votes(),
            n.fullMemberVotes()))
        .toList());
  }
}
