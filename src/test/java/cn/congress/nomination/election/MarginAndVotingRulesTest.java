package cn.congress.nomination.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MarginAndVotingRulesTest {

  private static Margin ratio(String r, boolean strict) {
    return new Margin(Stage.RECOMMENDATION, MarginKind.RATIO, new BigDecimal(r), strict, null);
  }

  @Test
  void atLeastHalfMoreRoundsUp() {
    assertThat(ratio("0.5", false).minimumNames(11)).isEqualTo(17);
    assertThat(ratio("0.5", false).minimumNames(10)).isEqualTo(15);
    assertThat(ratio("0.2", false).minimumNames(16)).isEqualTo(20);
  }

  @Test
  void moreThanIsStrictEvenWhenTheBoundIsWhole() {
    assertThat(ratio("0.15", true).minimumNames(16)).isEqualTo(19);   // 18.4 → 19
    assertThat(ratio("0.15", true).minimumNames(20)).isEqualTo(24);   // 23 exactly → more than 23
    assertThat(ratio("0.15", false).minimumNames(20)).isEqualTo(23);
    assertThat(ratio("0.5", true).minimumNames(10)).isEqualTo(16);
  }

  @Test
  void countsBoundTheListsBothWays() {
    Margin exact = new Margin(Stage.INSPECTION, MarginKind.EXACT_COUNT, null, null, 24);
    Margin atMost = new Margin(Stage.PRELIMINARY_CANDIDATES, MarginKind.MAX_COUNT, null, null, 21);
    Margin atLeast = new Margin(Stage.INITIAL_CANDIDATES, MarginKind.MIN_COUNT, null, null, 20);
    assertThat(exact.allows(24, 21)).isTrue();
    assertThat(exact.allows(23, 21)).isFalse();
    assertThat(exact.allows(25, 21)).isFalse();
    assertThat(atMost.allows(21, 16)).isTrue();
    assertThat(atMost.allows(22, 16)).isFalse();
    assertThat(atMost.allows(15, 16)).isFalse();
    assertThat(atLeast.allows(20, 16)).isTrue();
    assertThat(atLeast.allows(19, 16)).isFalse();
    assertThat(atLeast.maximumNames()).isEmpty();
    assertThat(ratio("0.5", false).allows(16, 11)).isFalse();
    assertThat(ratio("0.5", false).allows(17, 11)).isTrue();
  }

  @Test
  void describesTheMarginInChinese() {
    assertThat(ratio("0.5", false).describe()).isEqualTo("差额比例不少于50%");
    assertThat(ratio("0.15", true).describe()).isEqualTo("差额比例多于15%");
  }

  @Test
  void electionRequiresNamesPerStage_inspectionOverTheInitialCandidates() {
    Election e = ReferenceConfig.election();
    assertThat(e.requiredNamesOf("ru-01")).isEqualTo(17);
    assertThat(e.requiredNames(Stage.INITIAL_CANDIDATES)).isEqualTo(21);
    assertThat(e.requiredNames(Stage.INSPECTION)).isEqualTo(24);
    assertThat(e.requiredNames(Stage.PRELIMINARY_CANDIDATES)).isEqualTo(16);
    assertThat(e.requiredNames(Stage.ELECTION)).isEqualTo(20);   // more than 20% of 16 = 19.2
    Election inspectionByRatio = new Election(e.id(), e.electoralUnitId(), e.name(), e.congressName(), e.electionDate(),
        e.seats(), e.nominationMode(), e.publicityWorkingDays(), e.status(),
        java.util.List.of(new Margin(Stage.INSPECTION, MarginKind.RATIO, new BigDecimal("0.1"), false, null),
            new Margin(Stage.INITIAL_CANDIDATES, MarginKind.EXACT_COUNT, null, null, 21)),
        e.identityCategories(), e.structureRules(), e.unitSeats(), e.schedule(), e.quorum(), e.threshold());
    assertThat(inspectionByRatio.requiredNames(Stage.INSPECTION)).isEqualTo(24);   // 21 × 1.1 = 23.1 → 24
    assertThat(e.seatsOf("ru-99")).isEmpty();
  }

  @Test
  void quorumMoreThanFourFifths() {
    Quorum quorum = new Quorum(4, 5, true);
    assertThat(quorum.minimumPresent(308)).isEqualTo(247);   // 246.4
    assertThat(quorum.minimumPresent(10)).isEqualTo(9);      // 8 is exactly 4/5: not more
    assertThat(quorum.isMetBy(10, 8)).isFalse();
    assertThat(quorum.isMetBy(10, 9)).isTrue();
    assertThat(new Quorum(2, 3, false).isMetBy(9, 6)).isTrue();
  }

  @Test
  void thresholdMoreThanHalfOfExpectedOrPresent() {
    Threshold expected = new Threshold(1, 2, true, VoterBasis.EXPECTED);
    assertThat(expected.minimumVotes(308, 280)).isEqualTo(155);
    assertThat(expected.minimumVotes(307, 280)).isEqualTo(154);
    assertThat(expected.isMetBy(154, 308, 280)).isFalse();
    Threshold present = new Threshold(1, 2, true, VoterBasis.PRESENT);
    assertThat(present.minimumVotes(308, 280)).isEqualTo(141);
    assertThat(present.isMetBy(141, 308, 280)).isTrue();
  }
}
