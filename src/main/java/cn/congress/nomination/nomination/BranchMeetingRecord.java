package cn.congress.nomination.nomination;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a branch records of its nomination meeting: members expected, members taking part by channel, votes per nominee.
 * Counts are boxed so that a missing value is reported by {@link BranchMeetingRules} instead of read as zero.
 */
public record BranchMeetingRecord(Integer expected, Map<ParticipationChannel, Integer> participants,
                                  List<NomineeVotes> nominees) {

  public BranchMeetingRecord {
    participants = participants == null || participants.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new EnumMap<>(participants));
    // Not List.copyOf: a null row must reach the rules and be reported, not fail here.
    nominees = nominees == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(nominees));
  }

  /** Members taking part over every channel; missing channels count as none. */
  public int participantCount() {
    return participants.values().stream().filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
  }
}
