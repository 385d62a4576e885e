package cn.congress.nomination.nomination;

import static cn.congress.nomination.nomination.ParticipationChannel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.congress.nomination.election.Threshold;
import cn.congress.nomination.election.VoterBasis;
import cn.congress.nomination.nomination.MajorityRule.Tally;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MajorityRuleTest {

  private static BranchMeetingRecord meeting(int expected, int present, NomineeVotes... nominees) {
    return new BranchMeetingRecord(expected, Map.of(PRESENT, present), List.of(nominees));
  }

  private static List<String> names(MajorityRule rule, BranchMeetingRecord meeting) {
    return rule.branchNames(meeting).stream().map(Tally::memberId).toList();
  }

  @Test
  void exactlyHalfDoesNotPassAStrictMajority_oneMoreDoes() {
    var m = meeting(32, 30, new NomineeVotes("half", 15, 15), new NomineeVotes("more", 16, 16));
    assertThat(MajorityRule.MAJORITY_OF_PARTICIPANTS.needed(m)).isEqualTo(16);
    assertThat(names(MajorityRule.MAJORITY_OF_PARTICIPANTS, m)).containsExactly("more");
    assertThat(MajorityRule.MAJORITY_OF_PARTICIPANTS.tally(m)).containsExactly(
        new Tally("half", 15, 16, false), new Tally("more", 16, 16, true));
  }

  @Test
  void anOddNumberOfParticipants() {
    var m = meeting(31, 31, new NomineeVotes("a", 15, 15), new NomineeVotes("b", 16, 16));
    assertThat(names(MajorityRule.MAJORITY_OF_PARTICIPANTS, m)).containsExactly("b");
  }

  @Test
  void aNonStrictHalfAdmitsExactlyHalf() {
    var atLeastHalf = new MajorityRule(new Threshold(1, 2, false, VoterBasis.PRESENT), VoteCount.ALL_VOTES);
    var m = meeting(32, 30, new NomineeVotes("half", 15, 15), new NomineeVotes("less", 14, 14));
    assertThat(names(atLeastHalf, m)).containsExactly("half");
  }

  @Test
  void countingOnlyFullMembersVotes() {
    var m = meeting(32, 30, new NomineeVotes("a", 18, 15), new NomineeVotes("b", 17, 16));
    var fullMembers = new MajorityRule(new Threshold(1, 2, true, VoterBasis.PRESENT), VoteCount.FULL_MEMBER_VOTES);
    assertThat(names(MajorityRule.MAJORITY_OF_PARTICIPANTS, m)).containsExactly("a", "b");
    assertThat(names(fullMembers, m)).containsExactly("b");
  }

  @Test
  void aMajorityOfExpectedMembersIsHarderThanOfParticipants() {
    var ofExpected = new MajorityRule(new Threshold(1, 2, true, VoterBasis.EXPECTED), VoteCount.ALL_VOTES);
    var m = meeting(40, 30, new NomineeVotes("a", 20, 20), new NomineeVotes("b", 21, 21));
    assertThat(names(MajorityRule.MAJORITY_OF_PARTICIPANTS, m)).containsExactly("b", "a");
    assertThat(names(ofExpected, m)).containsExactly("b");
  }

  @Test
  void namesAreRankedByVotes_tiesKeepTheRecordOrder() {
    var m = meeting(30, 30, new NomineeVotes("c", 20, 20), new NomineeVotes("a", 25, 25),
        new NomineeVotes("b", 20, 19));
    assertThat(names(MajorityRule.MAJORITY_OF_PARTICIPANTS, m)).containsExactly("a", "c", "b");
  }

  @Test
  void anUnusableRatioIsRefused() {
    assertThatThrownBy(() -> new MajorityRule(new Threshold(1, 0, true, VoterBasis.PRESENT), VoteCount.ALL_VOTES))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MajorityRule(new Threshold(3, 2, false, VoterBasis.PRESENT), VoteCount.ALL_VOTES))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MajorityRule(new Threshold(1, 2, true, null), VoteCount.ALL_VOTES))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(MajorityRule.MAJORITY_OF_PARTICIPANTS.describe()).isEqualTo("得票数超过参加人数的1/2");
  }
}
