package cn.congress.nomination.congress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.Margin;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.platform.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Returned ballots, supplementary rounds, reduction of the seats, and the conference's rules. */
class RoundRulesTest {

  @Test
  void returnedMoreThanIssuedVoidsTheRound_equalOrFewerStands() {
    assertThat(new BallotReturn(300, 301).voidsRound()).isTrue();
    assertThat(new BallotReturn(300, 300).voidsRound()).isFalse();
    assertThat(new BallotReturn(300, 298).voidsRound()).isFalse();
    assertThat(new BallotReturn(300, 301).describe()).contains("收回多于发出，本轮选举无效");
  }

  @Test
  void ballotsAreIssuedToThePresentOnly() {
    assertThat(new BallotReturn(301, 0).check(300)).extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("issued", "ISSUED_WITHIN_PRESENT"));
    assertThat(new BallotReturn(300, 301).check(300)).isEmpty(); // possible: the round is void, not the input
  }

  @Test
  void supplementaryRound_candidatesNotElected_stillWithAMargin() {
    Margin reference = Papers.REFERENCE.margin(Stage.ELECTION).orElseThrow(); // more than 20%
    Set<String> notElected = Set.of("c-3", "c-4", "c-5", "c-6");
    // 2 seats: more than 2.4 → 3 candidates
    assertThat(SupplementaryRound.check(List.of("c-3", "c-4", "c-5"), notElected, 2, reference)).isEmpty();
    assertThat(SupplementaryRound.check(List.of("c-3", "c-4"), notElected, 2, reference))
        .extracting(Violation::rule).containsExactly("MARGIN");
    // 1 seat: more than 1.2 → 2 candidates
    assertThat(SupplementaryRound.check(List.of("c-3", "c-4"), notElected, 1, reference)).isEmpty();
    assertThat(SupplementaryRound.check(List.of("c-1", "c-3", "c-3"), notElected, 1, reference))
        .extracting(Violation::field, Violation::rule).containsExactly(
            org.assertj.core.groups.Tuple.tuple("candidates[0]", "NOT_ELECTED_CANDIDATE"),
            org.assertj.core.groups.Tuple.tuple("candidates[2]", "CANDIDATE_ONCE"),
            org.assertj.core.groups.Tuple.tuple("candidates", "MARGIN"));
  }

  @Test
  void seatsMayBeGivenUpOnlyWhereTheRulesAllow() {
    assertThat(CongressRules.defaults().allowsSeatReduction(1)).isFalse();
    CongressRules upToOne = new CongressRules(true, true, 1, null, null, List.of());
    assertThat(upToOne.allowsSeatReduction(1)).isTrue();
    assertThat(upToOne.allowsSeatReduction(2)).isFalse();
    assertThat(new CongressRules(true, true, null, null, null, List.of()).allowsSeatReduction(5)).isTrue();
  }

  @Test
  void supplementaryMarginDefaultsToTheListsMargin() {
    assertThat(CongressRules.defaults().supplementaryMargin(Papers.REFERENCE))
        .isEqualTo(Papers.REFERENCE.margin(Stage.ELECTION).orElseThrow());
    Margin own = new CongressRules(true, false, null, new BigDecimal("0.5"), false, List.of())
        .supplementaryMargin(Papers.REFERENCE);
    assertThat(own.minimumNames(2)).isEqualTo(3);
  }

  @Test
  void theConferencesRulesNameRealDelegateRules() {
    assertThat(new CongressRules(true, true, 0, new BigDecimal("11"), null, List.of("WOMEN", "UNIT_FRONTLINE", "NOPE"))
        .check(Papers.REFERENCE)).extracting(Violation::field, Violation::rule).containsExactly(
            org.assertj.core.groups.Tuple.tuple("maxSeatReduction", "COUNT_POSITIVE"),
            org.assertj.core.groups.Tuple.tuple("supplementaryMarginRatio", "RATIO_RANGE"),
            org.assertj.core.groups.Tuple.tuple("upperNomineeRules[1]", "DELEGATE_RULE"),
            org.assertj.core.groups.Tuple.tuple("upperNomineeRules[2]", "DELEGATE_RULE"));
    assertThat(new CongressRules(false, false, null, null, null, List.of("WOMEN", "MINORITY")).check(Papers.REFERENCE))
        .isEmpty();
  }
}
