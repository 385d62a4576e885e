package cn.congress.nomination.congress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.Quorum;
import cn.congress.nomination.platform.Violation;
import org.junit.jupiter.api.Test;

class RollCallTest {

  static final Quorum MORE_THAN_FOUR_FIFTHS = new Quorum(4, 5, true);
  static final Quorum MORE_THAN_HALF = new Quorum(1, 2, true);

  @Test
  void moreThanFourFifthsOf308_justMetAt247_justMissedAt246() {
    // 4/5 of 308 is 246.4: 247 present is more, 246 is not
    assertThat(new RollCall(308, 247).check(MORE_THAN_FOUR_FIFTHS)).isEmpty();
    assertThat(new RollCall(308, 246).check(MORE_THAN_FOUR_FIFTHS)).extracting(Violation::rule)
        .containsExactly(RollCall.RULE_QUORUM);
  }

  @Test
  void moreThanFourFifthsOf300_exactlyFourFifthsIsNotEnough() {
    assertThat(new RollCall(300, 240).check(MORE_THAN_FOUR_FIFTHS)).extracting(Violation::rule)
        .containsExactly(RollCall.RULE_QUORUM);
    assertThat(new RollCall(300, 241).check(MORE_THAN_FOUR_FIFTHS)).isEmpty();
  }

  @Test
  void moreThanHalf_exactlyHalfMisses() {
    assertThat(new RollCall(100, 50).check(MORE_THAN_HALF)).extracting(Violation::rule).containsExactly(RollCall.RULE_QUORUM);
    assertThat(new RollCall(100, 51).check(MORE_THAN_HALF)).isEmpty();
    assertThat(new RollCall(101, 51).check(MORE_THAN_HALF)).isEmpty();
  }

  @Test
  void atLeastTwoThirds_exactlyTwoThirdsMeets() {
    Quorum atLeastTwoThirds = new Quorum(2, 3, false);
    assertThat(new RollCall(300, 200).check(atLeastTwoThirds)).isEmpty();
    assertThat(new RollCall(300, 199).check(atLeastTwoThirds)).hasSize(1);
  }

  @Test
  void impossibleFiguresAreRefusedNamingTheField() {
    assertThat(new RollCall(308, 309).check(MORE_THAN_HALF)).extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("present", RollCall.RULE_PRESENT));
    assertThat(new RollCall(0, 0).check(MORE_THAN_HALF)).extracting(Violation::rule).containsExactly(RollCall.RULE_EXPECTED);
    assertThat(new RollCall(null, 10).check(MORE_THAN_HALF)).extracting(Violation::field).containsExactly("expected");
  }

  @Test
  void theMessageNamesTheFewestNeeded() {
    assertThat(new RollCall(308, 246).check(MORE_THAN_FOUR_FIFTHS).get(0).message()).contains("至少 247 人");
  }
}
