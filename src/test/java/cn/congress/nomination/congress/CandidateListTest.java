package cn.congress.nomination.congress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.Margin;
import cn.congress.nomination.election.MarginKind;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.platform.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateListTest {

  static final Margin MORE_THAN_15 = new Margin(Stage.ELECTION, MarginKind.RATIO, new BigDecimal("0.15"), true, null);
  static final Margin AT_LEAST_20 = new Margin(Stage.ELECTION, MarginKind.RATIO, new BigDecimal("0.2"), false, null);

  static List<FormalCandidate> list(int unit, int upper) {
    List<FormalCandidate> list = new ArrayList<>(Papers.candidates(unit));
    for (int i = 1; i <= upper; i++) list.add(new FormalCandidate("u-" + i, "邓" + Papers.given(i), SeatSource.UPPER_NOMINEE));
    return list;
  }

  @Test
  void seatsAreTheUnitsPlusOnePerUpperNominee_sourcesKept() {
    CandidateList list = new CandidateList(list(21, 2), 16);
    assertThat(list.seats()).isEqualTo(18);
    assertThat(list.upperNominees()).isEqualTo(2);
    assertThat(list.ballotOrder()).filteredOn(c -> c.seatSource() == SeatSource.UPPER_NOMINEE)
        .extracting(FormalCandidate::memberId).containsExactlyInAnyOrder("u-1", "u-2");
  }

  @Test
  void referenceMargin_moreThan20Percent_overTheWholeList() {
    Margin reference = Papers.REFERENCE.margin(Stage.ELECTION).orElseThrow();
    // 21 + 2 names for 18 seats: 18 × 1.2 = 21.6, 23 > 21.6
    assertThat(CandidateListPolicies.check(new CandidateList(list(21, 2), 16), reference)).isEmpty();
    // 21 + 5 names for 21 seats: 21 × 1.2 = 25.2, 26 is enough; the margin counts the upper nominees' seats too
    assertThat(CandidateListPolicies.check(new CandidateList(list(21, 5), 16), reference)).isEmpty();
    // 21 + 6 names for 22 seats: 22 × 1.2 = 26.4 needs 27
    assertThat(CandidateListPolicies.check(new CandidateList(list(21, 6), 16), reference)).isEmpty();
    // 20 + 5 for 21 seats: 25 < 25.2
    assertThat(CandidateListPolicies.check(new CandidateList(list(20, 5), 16), reference))
        .extracting(Violation::rule).containsExactly("MARGIN");
  }

  @Test
  void strictAndInclusiveBoundsAtTheBoundary() {
    // 20 seats: at least 20% → 24 names; more than 15% → more than 23 → 24 names
    assertThat(CandidateListPolicies.check(new CandidateList(list(24, 0), 20), AT_LEAST_20)).isEmpty();
    assertThat(CandidateListPolicies.check(new CandidateList(list(23, 0), 20), AT_LEAST_20)).hasSize(1);
    assertThat(CandidateListPolicies.check(new CandidateList(list(24, 0), 20), MORE_THAN_15)).isEmpty();
    assertThat(CandidateListPolicies.check(new CandidateList(list(23, 0), 20), MORE_THAN_15)).hasSize(1);
  }

  @Test
  void theMessageNamesBothShares() {
    Violation v = CandidateListPolicies.check(new CandidateList(list(18, 2), 16), AT_LEAST_20).get(0);
    assertThat(v.message()).contains("候选人 20 名", "应选 18 名", "本选举单位 16 名", "上级党委提名 2 名", "至少 22 名");
  }

  @Test
  void candidateOnceWithSourceAndOrderableName() {
    List<FormalCandidate> bad = new ArrayList<>(list(21, 0));
    bad.add(new FormalCandidate("c-1", "王明一", SeatSource.UPPER_NOMINEE));
    bad.add(new FormalCandidate("c-99", "无来源", null));
    bad.add(new FormalCandidate("c-98", "王\uE000", SeatSource.ELECTORAL_UNIT));
    assertThat(CandidateListPolicies.COMPLETE.check(new CandidateList(bad, 16), AT_LEAST_20))
        .extracting(Violation::field, Violation::rule).containsExactly(
            org.assertj.core.groups.Tuple.tuple("candidates[21].memberId", "CANDIDATE_ONCE"),
            org.assertj.core.groups.Tuple.tuple("candidates[22].seatSource", "REQUIRED"),
            org.assertj.core.groups.Tuple.tuple("candidates[23].name", NameNotOrderableException.RULE_STROKE_DATA));
  }

  @Test
  void theBallotListsTheCandidatesInSurnameStrokeOrder() {
    List<FormalCandidate> four = List.of(new FormalCandidate("a", "孔丘", SeatSource.ELECTORAL_UNIT),
        new FormalCandidate("b", "方明", SeatSource.UPPER_NOMINEE), new FormalCandidate("c", "毛红", SeatSource.ELECTORAL_UNIT),
        new FormalCandidate("d", "王芳", SeatSource.ELECTORAL_UNIT), new FormalCandidate("e", "欧阳修", SeatSource.ELECTORAL_UNIT));
    assertThat(new CandidateList(four, 3).ballotOrder()).extracting(FormalCandidate::name)
        .containsExactly("王芳", "毛红", "方明", "孔丘", "欧阳修");
  }
}
