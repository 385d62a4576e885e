package cn.congress.nomination.candidate.preliminary;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.Margin;
import cn.congress.nomination.election.MarginKind;
import cn.congress.nomination.election.ReferenceElections;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.meeting.MeetingVote;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.platform.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of the plenary's circle vote, without the engine: reference election (16 seats, at most 21 names). */
class PreliminaryPoliciesTest {

  private static final String P = "u";
  private final Election reference = ReferenceElections.district();
  private final Map<String, Member> people = new HashMap<>();

  PreliminaryPoliciesTest() {
    PreliminaryScenario.people(P, "br").forEach(m -> people.put(m.id(), m));
  }

  private static String c(int i) {
    return P + "-c%02d".formatted(i);
  }

  private static List<String> range(int from, int to) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i <= to; i++) ids.add(c(i));
    return ids;
  }

  /** The ballot's names with votes: chosen ones 30, the others 10. */
  private PreliminarySlate slate(Election election, List<String> ballot, List<String> chosen, Map<String, String> removed) {
    List<MeetingVote> votes = ballot.stream().map(id -> new MeetingVote(id, chosen.contains(id) ? 30 : 10,
        chosen.contains(id), null)).toList();
    List<String> standing = ballot.stream().filter(id -> !removed.containsKey(id)).toList();
    return new PreliminarySlate(election, standing, removed, votes, people, PreliminaryScenario.categories(P), Map.of());
  }

  private static List<String> rules(PreliminarySlate slate) {
    return PreliminaryPolicies.check(slate, PreliminaryPolicies.all()).stream().map(Violation::rule).toList();
  }

  @Test
  void aFeasibleListWithinTheBoundsKeepsEveryRule() {
    assertThat(rules(slate(reference, range(1, 21), range(1, 21), Map.of()))).isEmpty();
    assertThat(rules(slate(reference, range(1, 21), range(1, 17), Map.of()))).isEmpty();
  }

  @Test
  void atMostTheConfiguredNumber_andMoreThanTheSeats() {
    PreliminarySlate tooMany = slate(reference, range(1, 22), range(1, 22), Map.of());
    assertThat(rules(tooMany)).containsExactly("PRELIMINARY_COUNT");
    assertThat(PreliminaryPolicies.COUNT.check(tooMany).get(0).message()).contains("22 名").contains("至多 21 名");

    PreliminarySlate equalToSeats = slate(reference, range(1, 21), range(3, 18), Map.of());
    assertThat(rules(equalToSeats)).containsExactly("PRELIMINARY_MARGIN");
    assertThat(PreliminaryPolicies.minimum(equalToSeats)).isEqualTo(17);
  }

  @Test
  void aRatioMarginRaisesTheMinimum() {
    Election byRatio = new Election(reference.id(), reference.electoralUnitId(), reference.name(),
        reference.congressName(), reference.electionDate(), reference.seats(), reference.nominationMode(),
        reference.publicityWorkingDays(), reference.status(),
        List.of(new Margin(Stage.PRELIMINARY_CANDIDATES, MarginKind.RATIO, new BigDecimal("0.2"), true, null)),
        reference.identityCategories(), reference.structureRules(), reference.unitSeats(), reference.schedule(),
        reference.quorum(), reference.threshold());
    PreliminarySlate nineteen = slate(byRatio, range(1, 21), range(1, 19), Map.of());
    assertThat(PreliminaryPolicies.minimum(nineteen)).isEqualTo(20);   // more than 16 × 1.2 = 19.2
    assertThat(rules(nineteen)).containsExactly("PRELIMINARY_MARGIN");
    assertThat(PreliminaryPolicies.maximum(nineteen)).isEmpty();
    assertThat(rules(slate(byRatio, range(1, 22), range(1, 22), Map.of()))).isEmpty();
  }

  @Test
  void chosenByVotes_aNameWithMoreVotesCannotBeLeftOut() {
    List<MeetingVote> votes = new ArrayList<>();
    range(1, 20).forEach(id -> votes.add(new MeetingVote(id, 30, true, null)));
    votes.add(new MeetingVote(c(21), 31, false, null));
    PreliminarySlate s = new PreliminarySlate(reference, range(1, 21), Map.of(), votes, people,
        PreliminaryScenario.categories(P), Map.of());
    List<Violation> violations = PreliminaryPolicies.BY_VOTES.check(s);
    assertThat(violations).extracting(Violation::rule).containsOnly("PRELIMINARY_BY_VOTES");
    assertThat(violations.get(0).message()).contains("候选21（" + c(21) + "）得 31 票未被确定");
  }

  @Test
  void onlyStandingInitialCandidates_allOnTheBallot() {
    PreliminarySlate removed = slate(reference, range(1, 21), range(1, 18), Map.of(c(2), "违反换届纪律（拉票）"));
    assertThat(rules(removed)).containsExactly("PRELIMINARY_FROM_INITIAL");
    assertThat(PreliminaryPolicies.FROM_INITIAL.check(removed).get(0).message()).contains("已被取消资格（违反换届纪律（拉票）");

    List<MeetingVote> partial = range(1, 17).stream().map(id -> new MeetingVote(id, 30, true, null)).toList();
    PreliminarySlate missing = new PreliminarySlate(reference, range(1, 21), Map.of(), partial, people,
        PreliminaryScenario.categories(P), Map.of());
    assertThat(rules(missing)).containsExactly("PRELIMINARY_BALLOT", "PRELIMINARY_BALLOT", "PRELIMINARY_BALLOT",
        "PRELIMINARY_BALLOT");
  }

  @Test
  void aListFromWhichNoStructureCompliantSlateCanBeChosen_namesTheRule() {
    List<String> fewWomen = new ArrayList<>(range(1, 21));
    fewWomen.removeAll(List.of(c(2), c(4), c(6), c(8)));
    List<Violation> violations = PreliminaryPolicies.check(slate(reference, range(1, 21), fewWomen, Map.of()),
        PreliminaryPolicies.all());
    assertThat(violations).extracting(Violation::rule).containsOnly("STRUCTURE_INFEASIBLE");
    assertThat(violations).anyMatch(v -> v.message().contains("妇女"));
  }

  @Test
  void aNameWithoutIdentityCategoryIsNamed() {
    Map<String, String> categories = new HashMap<>(PreliminaryScenario.categories(P));
    categories.remove(c(1));
    List<MeetingVote> votes = range(1, 21).stream().map(id -> new MeetingVote(id, 30, true, null)).toList();
    PreliminarySlate s = new PreliminarySlate(reference, range(1, 21), Map.of(), votes, people, categories, Map.of());
    assertThat(rules(s)).containsExactly("IDENTITY_ASSIGNED");
  }
}
