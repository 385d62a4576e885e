package cn.congress.nomination.nomination;

import static cn.congress.nomination.nomination.ParticipationChannel.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.platform.Violation;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BranchMeetingRulesTest {

  /** 30 take part: 25 present, 2 by phone, 1 by letter, 1 at home, 1 through the mobile ballot box. */
  static Map<ParticipationChannel, Integer> thirty() {
    return Map.of(PRESENT, 25, PHONE, 2, LETTER, 1, HOME_VISIT, 1, MOBILE_BALLOT_BOX, 1);
  }

  static BranchMeetingRecord meeting(Integer expected, Map<ParticipationChannel, Integer> participants,
                                     NomineeVotes... nominees) {
    return new BranchMeetingRecord(expected, participants, Arrays.asList(nominees));
  }

  private static List<String> broken(BranchMeetingRecord meeting) {
    return BranchMeetingRules.check(meeting).stream().map(v -> v.field() + " " + v.rule()).toList();
  }

  @Test
  void aSoundRecordKeepsEveryRule_everyChannelCounts() {
    var m = meeting(32, thirty(), new NomineeVotes("m-1", 30, 28), new NomineeVotes("m-2", 0, 0));
    assertThat(m.participantCount()).isEqualTo(30);
    assertThat(BranchMeetingRules.check(m)).isEmpty();
    assertThat(BranchMeetingRules.check(meeting(30, thirty(), new NomineeVotes("m-1", 30, 30)))).isEmpty();
  }

  @Test
  void votesAboveParticipantsAreRefusedNamingTheField() {
    var m = meeting(32, thirty(), new NomineeVotes("m-1", 20, 20), new NomineeVotes("m-2", 10, 9),
        new NomineeVotes("m-3", 35, 30));
    assertThat(BranchMeetingRules.check(m)).containsExactly(new Violation(null, "nominees[2].votes",
        "VOTES_WITHIN_PARTICIPANTS", "nominees[2].votes：得票数 35 超过参加人数 30"));
  }

  @Test
  void moreParticipantsThanExpectedAreRefused() {
    assertThat(BranchMeetingRules.check(meeting(29, thirty(), new NomineeVotes("m-1", 20, 20))))
        .containsExactly(Violation.of("participants", "PARTICIPANTS_WITHIN_EXPECTED",
            "participants：参加人数 30 超过应到人数 29"));
  }

  @Test
  void atLeastOneParticipantAndOneNominee() {
    assertThat(broken(meeting(30, Map.of(PRESENT, 0), new NomineeVotes("m-1", 0, 0))))
        .containsExactly("participants AT_LEAST_ONE_PARTICIPANT");
    assertThat(broken(meeting(30, null, new NomineeVotes("m-1", 0, 0))))
        .containsExactly("participants AT_LEAST_ONE_PARTICIPANT");
    assertThat(broken(meeting(30, thirty()))).containsExactly("nominees AT_LEAST_ONE_NOMINEE");
    assertThat(broken(new BranchMeetingRecord(30, thirty(), null))).containsExactly("nominees AT_LEAST_ONE_NOMINEE");
  }

  @Test
  void negativeOrMissingCountsAreRefusedPerField() {
    var channels = new HashMap<ParticipationChannel, Integer>(Map.of(PRESENT, 10, PHONE, -1));
    channels.put(LETTER, null);
    assertThat(broken(meeting(null, channels, new NomineeVotes("m-1", -2, 0), new NomineeVotes("m-2", null, null))))
        .containsExactly("expected REQUIRED", "participants.PHONE NOT_NEGATIVE", "participants.LETTER REQUIRED",
            "nominees[0].votes NOT_NEGATIVE", "nominees[1].votes REQUIRED", "nominees[1].fullMemberVotes REQUIRED");
    assertThat(BranchMeetingRules.check(meeting(-1, thirty(), new NomineeVotes("m-1", 1, 1))))
        .extracting(Violation::message).contains("expected：应到人数 -1 不能为负数");
  }

  @Test
  void fullMemberVotesCannotExceedVotes() {
    assertThat(BranchMeetingRules.check(meeting(30, thirty(), new NomineeVotes("m-1", 20, 21), new NomineeVotes("m-2",
        5, -1)))).extracting(Violation::message).containsExactly(
        "nominees[0].fullMemberVotes：正式党员得票数 21 超过得票数 20",
        "nominees[1].fullMemberVotes：正式党员得票数 -1 不能为负数");
  }

  @Test
  void aNomineeNamedTwiceIsRefusedAtTheSecondRow_aRowWithoutMemberToo() {
    var m = meeting(30, thirty(), new NomineeVotes("m-1", 20, 20), new NomineeVotes("m-2", 10, 10),
        new NomineeVotes("m-1", 5, 5), new NomineeVotes(" ", 1, 1), null);
    assertThat(broken(m)).containsExactly("nominees[3].memberId REQUIRED", "nominees[4].memberId REQUIRED",
        "nominees[2].memberId NO_DUPLICATE_NOMINEE");
    assertThat(BranchMeetingRules.check(m)).extracting(Violation::message)
        .contains("nominees[2].memberId：党员 m-1 重复推荐，已见于 nominees[0]");
  }
}
