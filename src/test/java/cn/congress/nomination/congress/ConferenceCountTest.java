package cn.congress.nomination.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.congress.nomination.nomination.unit.UnitFixture;
import cn.congress.nomination.organization.MemberAttributes.Membership;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The conference on its tables (H2): a round voided and repeated, a count entered twice, sealed until a scrutineer
 * confirms it, a supplementary round for the unfilled seats, and the results. 22 formal candidates (2 upper nominees)
 * for 18 seats, 30 expected voters.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConferenceCountTest {

  final UnitFixture f = new UnitFixture("cgt-");
  @Autowired Conference conference;
  @Autowired Counts counts;
  @Autowired CongressStore store;
  @Autowired ApplicationContext context;
  @Autowired Members members;
  @Autowired JdbcTemplate jdbc;

  String election;
  final List<FormalCandidate> list = new ArrayList<>();
  String writeInOk;
  String writeInProbationary;

  @BeforeAll
  void setUp() {
    list.addAll(ConferenceSetup.candidates(context, f, 22, 2));
    election = f.electionId;
    writeInOk = f.p + "w-ok";
    writeInProbationary = f.p + "w-prob";
    members.insert(List.of(ConferenceSetup.member(writeInOk, f.branchB, "丁力", Membership.FULL),
        ConferenceSetup.member(writeInProbationary, f.branchB, "于红", Membership.PROBATIONARY)));
  }

  static void refused(ThrowingCallable call, String... rules) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::rule).containsExactly(rules));
  }

  /** Marks for the 22 candidates in ballot order: "for" for the first {@code n}, "against" for the rest. */
  String forFirst(List<FormalCandidate> ballot, List<String> chosen) {
    StringBuilder marks = new StringBuilder();
    ballot.forEach(c -> marks.append(chosen.contains(c.memberId()) ? 'F' : 'A'));
    return marks.toString();
  }

  @Test
  void aConferenceFromRollCallToResults_countSealedUntilConfirmed() {
    // the formal list: the approved preliminary candidates (none yet in this election: given here) and the upper
    // committee's nominees, with the margin over the whole list
    refused(() -> conference.fixCandidateList(election, List.of(), "org"), "PRELIMINARY_APPROVED");
    List<String> preliminary = list.subList(0, 20).stream().map(FormalCandidate::memberId).toList();
    List<String> upper = list.subList(20, 22).stream().map(FormalCandidate::memberId).toList();
    refused(() -> conference.fixCandidateList(election, preliminary, List.of(upper.get(0), writeInProbationary,
        f.p + "nobody", preliminary.get(0)), "org"), "FULL_MEMBER", "MEMBER_EXISTS");
    refused(() -> conference.fixCandidateList(election, preliminary.subList(0, 19), upper, "org"), "MARGIN");
    assertThat(conference.fixCandidateList(election, preliminary, upper, "org")).hasSize(22)
        .filteredOn(c -> c.seatSource() == SeatSource.UPPER_NOMINEE).extracting(FormalCandidate::memberId)
        .containsExactlyInAnyOrderElementsOf(upper);
    refused(() -> conference.fixCandidateList(election, preliminary, upper, "org"), "LIST_FIXED");
    assertThat(conference.seats(election)).isEqualTo(18);
    List<FormalCandidate> ballot = conference.candidateList(election);
    assertThat(ballot).extracting(FormalCandidate::name).isSortedAccordingTo(SurnameStrokeOrder.names());

    StaffAppointment staff = ConferenceSetup.staff(context, f, List.of("counter-a", "counter-b"),
        List.of("scrutineer-a", "scrutineer-b"));
    // a counter cannot scrutinize; a scrutineer is a voter who is not a candidate; logins must hold the role
    refused(() -> conference.appointStaff(election, new StaffAppointment(staff.counters(),
        List.of(new Scrutineer("counter-b", staff.scrutineers().get(0).memberId()))), "org"),
        CountingDuties.RULE_STAFF_DISJOINT, "STAFF_ACCOUNT");
    refused(() -> conference.appointStaff(election, new StaffAppointment(List.of("counter-a", f.p + "nobody"),
        List.of(new Scrutineer("scrutineer-a", preliminary.get(0)))), "org"),
        "STAFF_ACCOUNT", ScrutineerPolicy.RULE_NOT_CANDIDATE);
    conference.appointStaff(election, staff, "org");

    // roll call: more than 4/5 of 30 is 25 — 24 present is just missed
    refused(() -> conference.openRound(election, new RollCall(30, 24), 24, "org"), RollCall.RULE_QUORUM);
    Round first = conference.openRound(election, new RollCall(30, 25), 25, "org");
    assertThat(conference.recordReturned(first.id(), 26, "org").status()).isEqualTo(RoundStatus.VOID);
    refused(() -> conference.openTieBreak(first.id(), new RollCall(30, 25), 25, "org"), "ROUND_CONFIRMED");
    Round round = conference.repeatRound(first.id(), new RollCall(30, 25), 25, "org");
    assertThat(round.number()).isEqualTo(2);
    assertThat(round.previousRoundId()).isEqualTo(first.id());
    assertThat(conference.round(first.id()).status()).isEqualTo(RoundStatus.VOID); // kept, never overwritten
    assertThat(conference.round(first.id()).returned()).isEqualTo(26);
    refused(() -> counts.enterBallots(round.id(), List.of(), "counter-a"), "ROUND_COUNTING");
    conference.recordReturned(round.id(), 25, "org");

    // 25 ballots: 16 elect c-1 … c-16, 8 choose c-1 … c-14, one chooses everyone (void)
    List<String> sixteen = ballot.stream().limit(16).map(FormalCandidate::memberId).toList();
    List<String> fourteen = sixteen.subList(0, 14);
    List<Ballot> pile = new ArrayList<>(Papers.ballots(1, 16, forFirst(ballot, sixteen)));
    String last = ballot.get(21).memberId();
    String beforeLast = ballot.get(20).memberId();
    pile.add(Papers.ballot(17, forFirst(ballot, fourteen), new WriteIn(last, writeInProbationary, "于红")));
    pile.add(Papers.ballot(18, forFirst(ballot, fourteen), new WriteIn(beforeLast, writeInOk, "丁力")));
    pile.addAll(Papers.ballots(19, 6, forFirst(ballot, fourteen)));
    pile.add(Papers.ballot(25, "F".repeat(22)));
    long firstEntry = counts.enterBallots(round.id(), pile, "counter-a");

    // sealed: the counter sees their own entry, nobody any figure
    CountView own = counts.view(round.id(), "counter-a");
    assertThat(own.sealed()).isTrue();
    assertThat(own.tally()).isNull();
    assertThat(own.outcome()).isNull();
    assertThat(own.ownEntry().id()).isEqualTo(firstEntry);
    assertThat(own.ownEntry().ballots()).hasSize(25);
    for (String other : List.of("counter-b", "scrutineer-a", "org", "admin")) {
      CountView view = counts.view(round.id(), other);
      assertThat(view.sealed()).isTrue();
      assertThat(view.ownEntry()).isNull();
      assertThat(view.tally()).isNull();
      assertThat(view.outcome()).isNull();
      assertThat(view.differences()).isEmpty();
      assertThat(view.entries()).isEqualTo(1);
    }
    assertThat(store.results(round.id())).isEmpty();
    assertThat(jdbc.queryForList("select detail from audit_entry where subject_type = 'congress' and subject_id = ? "
        + "and action = 'CONGRESS_COUNT_ENTERED'", String.class, election)).singleElement()
        .satisfies(detail -> assertThat(detail).doesNotContainPattern("\\d+ 票"));

    // separation of duties
    refused(() -> counts.enterBallots(round.id(), pile, "counter-a"), CountingDuties.RULE_SECOND_COUNTER);
    refused(() -> counts.enterBallots(round.id(), pile, "scrutineer-a"), CountingDuties.RULE_APPOINTED_COUNTER);
    refused(() -> counts.enterBallots(round.id(), pile.subList(0, 24), "counter-b"), BallotCounter.RULE_BALLOTS_ADD_UP);

    // the second entry differs on ballot 5 for the third candidate
    List<Ballot> second = new ArrayList<>(pile);
    char[] marks = forFirst(ballot, sixteen).toCharArray();
    marks[2] = 'A';
    second.set(4, Papers.ballot(5, new String(marks)));
    long secondEntry = counts.enterBallots(round.id(), second, "counter-b");
    assertThat(counts.view(round.id(), "counter-b").ownEntry().id()).isEqualTo(secondEntry);
    assertThat(counts.view(round.id(), "counter-a").ownEntry().id()).isEqualTo(firstEntry);
    String third = ballot.get(2).memberId();
    assertThat(counts.view(round.id(), "scrutineer-a").differences()).extracting(Difference::field)
        .containsExactly("ballots[5].marks." + third);
    assertThat(counts.view(round.id(), "org").differences()).isEmpty();
    // to resolve, the scrutineers learn the two entries' ids and counters, and nothing of what they hold
    assertThat(counts.entryRefs(round.id(), "scrutineer-b")).extracting(Counts.EntryRef::id, Counts.EntryRef::number,
        Counts.EntryRef::counter, Counts.EntryRef::mode).containsExactly(tuple(firstEntry, 1, "counter-a", EntryMode.BALLOTS),
        tuple(secondEntry, 2, "counter-b", EntryMode.BALLOTS));
    assertThat(Counts.EntryRef.class.getRecordComponents()).extracting(java.lang.reflect.RecordComponent::getName)
        .containsExactly("id", "number", "counter", "mode", "enteredAt");
    for (String other : List.of("counter-a", "org", "admin")) {
      refused(() -> counts.entryRefs(round.id(), other), CountingDuties.RULE_APPOINTED_SCRUTINEER);
    }

    refused(() -> counts.confirm(round.id(), "counter-a"), CountingDuties.RULE_APPOINTED_SCRUTINEER,
        CountingDuties.RULE_SCRUTINEER_NOT_COUNTER);
    refused(() -> counts.confirm(round.id(), "scrutineer-a"), "ENTRIES_AGREE");
    refused(() -> counts.resolve(round.id(), firstEntry, " ", "scrutineer-a"), "REASON_GIVEN");
    counts.resolve(round.id(), firstEntry, "核对第 5 张选票，以第一次录入为准", "scrutineer-a");
    Outcome outcome = counts.confirm(round.id(), "scrutineer-b");
    assertThat(outcome.minimumVotes()).isEqualTo(16);
    assertThat(outcome.elected()).containsExactlyInAnyOrderElementsOf(sixteen);
    assertThat(outcome.unfilledSeats()).isEqualTo(2);

    // confirmed: everyone who may read it sees the count of record
    CountView open = counts.view(round.id(), "org");
    assertThat(open.sealed()).isFalse();
    assertThat(open.tally().valid()).isEqualTo(24);
    assertThat(open.tally().invalid()).isEqualTo(1);
    assertThat(open.tally().of(ballot.get(0).memberId()).orElseThrow().votesFor()).isEqualTo(24);
    assertThat(open.tally().of(ballot.get(15).memberId()).orElseThrow().votesFor()).isEqualTo(16);
    assertThat(open.tally().writeIns()).extracting(WriteInVotes::memberId, WriteInVotes::votes)
        .containsExactly(tuple(writeInOk, 1));
    assertThat(open.tally().findings()).extracting(BallotFinding::ballot, BallotFinding::rule)
        .containsExactly(tuple(17, "WRITE_IN_INELIGIBLE"), tuple(25, BallotValidity.OVER_MARKED));
    assertThat(open.outcome().next()).isEqualTo(Outcome.Next.UNFILLED_SEATS);

    // too few elected: no reduction under the default rules, a supplementary round with a margin
    refused(() -> conference.reduceSeats(round.id(), "接近应选名额", "org"), "SEAT_REDUCTION_ALLOWED");
    List<String> rest = ballot.stream().skip(16).map(FormalCandidate::memberId).toList();
    refused(() -> conference.openSupplementary(round.id(), rest.subList(0, 2), new RollCall(30, 25), 25, "org"), "MARGIN");
    refused(() -> conference.openSupplementary(round.id(), List.of(sixteen.get(0), rest.get(0), rest.get(1)),
        new RollCall(30, 25), 25, "org"), "NOT_ELECTED_CANDIDATE", "MARGIN");
    Round supplementary = conference.openSupplementary(round.id(), rest.subList(0, 3), new RollCall(30, 25), 25, "org");
    assertThat(supplementary.kind()).isEqualTo(RoundKind.SUPPLEMENTARY);
    assertThat(supplementary.seats()).isEqualTo(2);
    conference.recordReturned(supplementary.id(), 25, "org");
    List<FormalCandidate> three = store.roundCandidates(supplementary.id());
    SheetTotals sheet = new SheetTotals(25, 0, List.of(new CandidateVotes(three.get(0).memberId(), 20, 5, 0),
        new CandidateVotes(three.get(1).memberId(), 18, 6, 1), new CandidateVotes(three.get(2).memberId(), 5, 20, 0)),
        List.of());
    counts.enterSheet(supplementary.id(), sheet, "counter-b");
    assertThat(counts.view(supplementary.id(), "counter-a").ownEntry()).isNull();
    counts.enterSheet(supplementary.id(), sheet, "counter-a");
    Outcome filled = counts.confirm(supplementary.id(), "scrutineer-a");
    assertThat(filled.elected()).containsExactly(three.get(0).memberId(), three.get(1).memberId());
    assertThat(filled.next()).isEqualTo(Outcome.Next.COMPLETE);

    ConferenceResult result = conference.results(election);
    assertThat(result.complete()).isTrue();
    assertThat(result.seats()).isEqualTo(18);
    assertThat(result.elected()).hasSize(18);
    assertThat(result.elected()).extracting(ElectedDelegate::name).isSortedAccordingTo(SurnameStrokeOrder.names());
    assertThat(result.elected()).filteredOn(d -> d.round() == 3).hasSize(2);
    assertThat(result.structure()).extracting(r -> r.code()).contains("LEADING_CADRES", "WOMEN", "MINORITY");
    assertThat(conference.rounds(election)).extracting(Round::number, Round::kind, Round::status).containsExactly(
        tuple(1, RoundKind.REGULAR, RoundStatus.VOID), tuple(2, RoundKind.REGULAR, RoundStatus.CONFIRMED),
        tuple(3, RoundKind.SUPPLEMENTARY, RoundStatus.CONFIRMED));
  }

  @Test
  void noBallotTableHasAVoterColumn() {
    List<String> columns = jdbc.queryForList("select lower(column_name) from information_schema.columns "
        + "where lower(table_name) in ('congress_ballot', 'congress_ballot_write_in')", String.class);
    assertThat(columns).containsExactlyInAnyOrder("entry_id", "ballot_no", "marks", "entry_id", "ballot_no", "replaces",
        "member_id", "written_name");
  }
}
