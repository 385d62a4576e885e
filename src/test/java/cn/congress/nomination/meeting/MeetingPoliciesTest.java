package cn.congress.nomination.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.Quorum;
import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeetingPoliciesTest {

  static final Quorum FOUR_FIFTHS = new Quorum(4, 5, true);
  static final List<RankedName> RANKING = List.of(
      new RankedName("m-1", "张一", 5, 120),
      new RankedName("m-2", "王二", 4, 100),
      new RankedName("m-3", "李三", 3, 80),
      new RankedName("m-4", "赵四", 3, 80),
      new RankedName("m-5", "钱五", 1, 20));

  static MeetingVote yes(String id, int votes) {
    return new MeetingVote(id, votes, true, null);
  }

  static MeetingVote no(String id, int votes) {
    return new MeetingVote(id, votes, false, null);
  }

  static List<Violation> check(Integer expected, Integer present, List<MeetingVote> votes) {
    return MeetingPolicies.check(new MeetingCheck(new MeetingDraft(expected, present, "同意上报", votes), RANKING,
        FOUR_FIFTHS, Map.of()));
  }

  static List<String> rules(List<Violation> violations) {
    return violations.stream().map(Violation::rule).toList();
  }

  @Test
  void soundRecordFollowingTheRankingPasses() {
    assertThat(check(9, 9, List.of(yes("m-1", 9), yes("m-2", 8), yes("m-3", 7), no("m-5", 2)))).isEmpty();
  }

  @Test
  void expectedMustBePositive() {
    assertThat(rules(check(0, 0, List.of(yes("m-1", 0))))).contains("EXPECTED_POSITIVE");
    assertThat(check(null, 3, List.of(yes("m-1", 3)))).extracting(Violation::field, Violation::rule)
        .contains(org.assertj.core.groups.Tuple.tuple("expected", "REQUIRED"));
  }

  @Test
  void presentWithinExpected() {
    List<Violation> v = check(9, 10, List.of(yes("m-1", 9)));
    assertThat(rules(v)).contains("PRESENT_WITHIN_EXPECTED").doesNotContain("QUORUM");
    assertThat(v.get(0).message()).contains("present", "10", "9");
  }

  @Test
  void quorumFromTheElection() {
    // more than 4/5 of 9 is 8 (7.2 < 8): 7 present is not enough
    List<Violation> v = check(9, 7, List.of(yes("m-1", 7)));
    assertThat(rules(v)).containsExactly("QUORUM");
    assertThat(v.get(0).message()).contains("超过应到会人数的4/5", "至少 8 人");
    assertThat(check(9, 8, List.of(yes("m-1", 8)))).isEmpty();
    // at least 2/3: 6 of 9 suffices
    assertThat(MeetingPolicies.check(new MeetingCheck(new MeetingDraft(9, 6, "同意", List.of(yes("m-1", 6))), RANKING,
        new Quorum(2, 3, false), Map.of()))).isEmpty();
  }

  @Test
  void votesWithinPresentNamingThePerson() {
    List<Violation> v = check(9, 9, List.of(yes("m-1", 10)));
    assertThat(v).extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("votes[0].votes", "VOTES_WITHIN_PRESENT"));
    assertThat(v.get(0).message()).contains("张一（m-1）", "10", "9");
  }

  @Test
  void selectedNeedsMajorityOfThePresent() {
    List<Violation> v = check(10, 10, List.of(yes("m-1", 5)));
    assertThat(rules(v)).containsExactly("SELECTED_BY_MAJORITY");
    assertThat(v.get(0).message()).contains("张一（m-1）");
  }

  @Test
  void departureFromTheRankingNeedsReasonsOnBothSides() {
    // m-2 (rank 2) left out, m-3 (rank 3) selected
    List<Violation> v = check(9, 9, List.of(yes("m-1", 9), no("m-2", 3), yes("m-3", 8)));
    assertThat(v).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("votes[2].departureReason", "DEPARTURE_REASON"),
        org.assertj.core.groups.Tuple.tuple("votes[1].departureReason", "DEPARTURE_REASON"));
    assertThat(v).extracting(Violation::message).anySatisfy(m -> assertThat(m).contains("李三（m-3）", "王二（m-2）"));

    // the omitted higher-ranked name must be listed with its reason
    List<Violation> omitted = check(9, 9, List.of(yes("m-1", 9),
        new MeetingVote("m-3", 8, true, "群众公认度高")));
    assertThat(omitted).extracting(Violation::field).containsExactly("votes");
    assertThat(omitted.get(0).message()).contains("王二（m-2）");

    List<MeetingVote> reasoned = new ArrayList<>(List.of(yes("m-1", 9),
        new MeetingVote("m-2", 3, false, "近期工作调动，不再适合"),
        new MeetingVote("m-3", 8, true, "群众公认度高")));
    assertThat(check(9, 9, reasoned)).isEmpty();
  }

  @Test
  void equalSupportIsNoDeparture() {
    // m-3 and m-4 share rank 3: choosing m-4 over m-3 needs no reason
    assertThat(check(9, 9, List.of(yes("m-1", 9), yes("m-2", 9), yes("m-4", 8)))).isEmpty();
  }

  @Test
  void selectedNamesComeFromTheRanking() {
    List<Violation> v = check(9, 9, List.of(yes("m-1", 9), yes("x-9", 9)));
    assertThat(rules(v)).containsExactly("IN_RANKING");
  }

  @Test
  void emptyRecordNamesEveryMissingField() {
    List<Violation> v = MeetingPolicies.check(new MeetingCheck(new MeetingDraft(null, null, " ", List.of()),
        List.of(), FOUR_FIFTHS, Map.of()));
    assertThat(v).extracting(Violation::field).containsExactly("expected", "present", "decision", "votes");
  }

  @Test
  void duplicatesAndMissingVotes() {
    List<Violation> v = check(9, 9, List.of(yes("m-1", 9), yes("m-1", 9), new MeetingVote("m-2", null, false, null)));
    assertThat(rules(v)).contains("NO_DUPLICATE_NAME", "REQUIRED");
  }

  @Test
  void secondPerson() {
    assertThat(MeetingPolicies.secondPerson("a", "a")).extracting(Violation::rule).containsExactly("SECOND_PERSON");
    assertThat(MeetingPolicies.secondPerson("a", "b")).isEmpty();
  }
}
