package cn.congress.nomination.congress;

import cn.congress.nomination.audit.AuditLog;
import cn.congress.nomination.candidate.CandidateRemovals;
import cn.congress.nomination.candidate.StageRoster;
import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.ElectionIdentities;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.election.RuleResult;
import cn.congress.nomination.election.RuleScope;
import cn.congress.nomination.election.Share;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.election.StructureEvaluator;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delegate conference of one election: its adopted rules, counters and scrutineers, the formal candidate list, the
 * rounds of voting (opened, ballots returned, voided and repeated, tie-breaks, supplementary rounds, seats given up) and
 * the results. The count of each round is {@link Counts}'. Every method takes ids and the acting user, returns records,
 * and refuses with a {@link ValidationException} (422, field and rule) changing nothing; every decision is audited.
 */
@Service("conference")
public class Conference {

  static final String SUBJECT = "congress";
  private static final int PAGE = 2000;

  private final Elections elections;
  private final Organizations organizations;
  private final Members members;
  private final ElectionIdentities identities;
  private final ObjectProvider<StageRoster> rosters;
  private final CandidateRemovals removals;
  private final CongressStore store;
  private final AuditLog audit;
  private final StaffAccounts staffAccounts;

  Conference(Elections elections, Organizations organizations, Members members, ElectionIdentities identities,
             ObjectProvider<StageRoster> rosters, CandidateRemovals removals, CongressStore store, AuditLog audit,
             StaffAccounts staffAccounts) {
    this.staffAccounts = staffAccounts;
    this.elections = elections;
    this.organizations = organizations;
    this.members = members;
    this.identities = identities;
    this.rosters = rosters;
    this.removals = removals;
    this.store = store;
    this.audit = audit;
  }

  static void refuse(String message, List<Violation> violations) {
    if (!violations.isEmpty()) throw new ValidationException(message, violations);
  }

  static ValidationException refusal(String field, String rule, String message) {
    return new ValidationException(message, List.of(Violation.of(field, rule, message)));
  }

  // --- rules and staff ---

  /** The adopted rules, or the defaults until the conference adopts its own. */
  public CongressRules rules(String electionId) {
    return store.rules(electionId).orElse(CongressRules.defaults());
  }

  /** Whether the conference has adopted its rules ({@link #rules} gives the defaults until then). */
  public boolean rulesAdopted(String electionId) {
    return store.rules(electionId).isPresent();
  }

  @Transactional
  public CongressRules adoptRules(String electionId, CongressRules rules, String user) {
    Election election = elections.get(electionId);
    if (store.rules(electionId).isPresent()) throw refusal("rules", "RULES_ADOPTED", "大会已通过选举办法，不能重复通过");
    refuse("选举办法未通过", rules.check(election));
    store.insertRules(electionId, rules, user);
    audit.record(user, "CONGRESS_RULES_ADOPTED", SUBJECT, electionId, "大会通过选举办法：" + (rules.allowsWriteIns()
        ? "可以另选他人" : "不得另选他人") + "；" + (Boolean.TRUE.equals(rules.seatReductionAllowed())
        ? "名额未选足时可减少名额" + (rules.maxSeatReduction() == null ? "" : "（最多 " + rules.maxSeatReduction() + " 名）")
        : "名额未选足时另行选举") + "；上级提名人选计入结构的规则：" + rules.upperNomineeRules());
    return rules(electionId);
  }

  /**
   * Appoints the counters and the scrutineers, once. Both are users holding that role; a scrutineer is also the voter
   * they are, a full member who is not on the formal list (so the list is fixed first).
   */
  @Transactional
  public void appointStaff(String electionId, StaffAppointment appointment, String user) {
    elections.get(electionId);
    if (!store.staff(electionId, CongressStore.COUNTER).isEmpty()) {
      throw refusal("counters", "STAFF_APPOINTED", "计票人、监票人已经确定");
    }
    List<Violation> violations = new ArrayList<>(CountingDuties.checkAppointment(appointment.counters(),
        appointment.scrutineerUsers()));
    violations.addAll(staffAccounts.check("counters", appointment.counters(), Role.COUNTER));
    violations.addAll(staffAccounts.check("scrutineers", appointment.scrutineerUsers(), Role.SCRUTINEER));
    violations.addAll(ScrutineerPolicy.check(appointment.scrutineers(), members::find, store.candidates(electionId)));
    refuse("计票人、监票人未确定", violations);
    store.insertStaff(electionId, appointment.counters().stream().distinct().toList(), CongressStore.COUNTER, user);
    store.insertScrutineers(electionId, appointment.scrutineers(), user);
    audit.record(user, "CONGRESS_STAFF_APPOINTED", SUBJECT, electionId, "计票人：" + String.join("、",
        appointment.counters()) + "；监票人：" + appointment.scrutineers().stream().map(s -> s.userId() + "（"
        + name(s.memberId()) + "）").collect(Collectors.joining("、")));
  }

  /** The counters as candidate users of the counting tasks. */
  public List<String> counterList(String electionId) {
    return List.copyOf(counters(electionId));
  }

  /** The scrutineers as candidate users of the confirmation task. */
  public List<String> scrutineerList(String electionId) {
    return List.copyOf(scrutineers(electionId));
  }

  public List<Scrutineer> scrutineerAppointments(String electionId) {
    return store.scrutineers(electionId);
  }

  /** Records, once, that the candidate list was explained and the candidates introduced to the conference. */
  @Transactional
  public Introduction recordIntroduction(String electionId, Introduction.Request request, String user) {
    elections.get(electionId);
    if (store.introduction(electionId).isPresent()) {
      throw refusal("introduction", "INTRODUCTION_RECORDED", "候选人名单说明和候选人介绍已经记录");
    }
    if (store.candidates(electionId).isEmpty()) throw refusal("candidates", "LIST_FIXED", "正式候选人名单尚未确定");
    List<Violation> v = new ArrayList<>();
    if (request == null || request.explainedBy() == null || request.explainedBy().isBlank()) {
      v.add(Violation.of("explainedBy", "REQUIRED", "explainedBy：须填写作候选人名单说明的人"));
    }
    if (request == null || request.introduction() == null || request.introduction().isBlank()) {
      v.add(Violation.of("introduction", "REQUIRED", "introduction：须填写介绍候选人的情况（方式、内容）"));
    }
    refuse("候选人介绍未记录", v);
    store.insertIntroduction(electionId, request.explainedBy().trim(), request.introduction().trim(), user);
    audit.record(user, "CONGRESS_CANDIDATES_INTRODUCED", SUBJECT, electionId, request.explainedBy().trim()
        + " 作候选人名单说明；" + request.introduction().trim());
    return store.introduction(electionId).orElseThrow();
  }

  public Optional<Introduction> introduction(String electionId) {
    return store.introduction(electionId);
  }

  /** Before the first round: rules adopted, counters and scrutineers appointed, the list explained. */
  public List<Violation> preparationMissing(String electionId) {
    List<Violation> v = new ArrayList<>();
    if (store.rules(electionId).isEmpty()) v.add(Violation.of("rules", "RULES_ADOPTED", "rules：大会尚未通过选举办法"));
    if (store.staff(electionId, CongressStore.COUNTER).isEmpty()) {
      v.add(Violation.of("counters", "STAFF_APPOINTED", "counters：尚未确定计票人、监票人"));
    }
    if (store.introduction(electionId).isEmpty()) {
      v.add(Violation.of("introduction", "INTRODUCTION_RECORDED", "introduction：尚未记录候选人名单说明和候选人介绍"));
    }
    return v;
  }

  public Set<String> counters(String electionId) {
    return store.staff(electionId, CongressStore.COUNTER);
  }

  public Set<String> scrutineers(String electionId) {
    return store.staff(electionId, CongressStore.SCRUTINEER);
  }

  // --- the formal candidate list ---

  /** The approved preliminary candidates (the PRELIMINARY_CANDIDATES stage's list) without the names removed since. */
  public List<String> preliminaryCandidates(String electionId) {
    List<String> approved = rosters.orderedStream().filter(r -> r.stage() == Stage.PRELIMINARY_CANDIDATES)
        .map(r -> r.memberIds(electionId)).filter(l -> !l.isEmpty()).findFirst().orElse(List.of());
    return removals.remaining(electionId, approved);
  }

  /**
   * Fixes the formal candidate list: the preliminary candidates (seats of the electoral unit) and the upper committee's
   * nominees (one seat each), checked with the margin over the whole list, stored in surname stroke order.
   */
  @Transactional
  public List<FormalCandidate> fixCandidateList(String electionId, List<String> upperNominees, String user) {
    return fixCandidateList(electionId, preliminaryCandidates(electionId), upperNominees, user);
  }

  /** The list from the given preliminary candidates (the stage's approved list, removals applied). */
  List<FormalCandidate> fixCandidateList(String electionId, List<String> preliminary, List<String> upperNominees,
                                         String user) {
    Election election = elections.get(electionId);
    if (!store.candidates(electionId).isEmpty()) throw refusal("candidates", "LIST_FIXED", "正式候选人名单已经确定");
    List<Violation> violations = new ArrayList<>();
    List<FormalCandidate> candidates = new ArrayList<>();
    if (preliminary.isEmpty()) {
      violations.add(Violation.of("candidates", "PRELIMINARY_APPROVED", "candidates：代表候选人预备人选尚未经上级党委批准"));
    }
    preliminary.forEach(id -> candidates.add(new FormalCandidate(id, name(id), SeatSource.ELECTORAL_UNIT)));
    List<String> nominees = upperNominees == null ? List.of() : upperNominees;
    for (int i = 0; i < nominees.size(); i++) {
      String id = nominees.get(i);
      Optional<Member> m = id == null ? Optional.empty() : members.find(id);
      String field = "upperNominees[" + i + "]";
      if (m.isEmpty()) {
        violations.add(Violation.of(field, "MEMBER_EXISTS", field + "：" + id + " 不是党员"));
      } else if (!m.get().isFullMember()) {
        violations.add(Violation.of(field, "FULL_MEMBER", field + "：" + m.get().name() + "是预备党员，不能作为代表候选人"));
      } else if (removals.isRemoved(electionId, id)) {
        violations.add(Violation.of(field, "NOT_REMOVED", field + "：" + m.get().name() + "已被取消人选资格"));
      } else {
        candidates.add(new FormalCandidate(id, m.get().name(), SeatSource.UPPER_NOMINEE));
      }
    }
    refuse("正式候选人名单不符合规则", violations);
    CandidateList list = new CandidateList(candidates, election.seats());
    refuse("正式候选人名单不符合规则", CandidateListPolicies.check(list, election.margin(Stage.ELECTION).orElse(null)));
    List<FormalCandidate> ballot = list.ballotOrder();
    store.insertCandidates(electionId, ballot, user);
    audit.record(user, "CONGRESS_CANDIDATES_FIXED", SUBJECT, electionId, "正式候选人 " + ballot.size() + " 名（上级党委提名 "
        + list.upperNominees() + " 名），应选 " + list.seats() + " 名；按姓氏笔画为序：" + names(ballot));
    return ballot;
  }

  /** The formal candidate list in ballot order (empty until fixed). */
  public List<FormalCandidate> candidateList(String electionId) {
    return store.candidates(electionId);
  }

  /** The seats of the conference: the unit's own and one per upper nominee on the list. */
  public int seats(String electionId) {
    return new CandidateList(store.candidates(electionId), elections.get(electionId).seats()).seats();
  }

  // --- rounds ---

  public List<Round> rounds(String electionId) {
    return store.rounds(electionId);
  }

  public Round round(long roundId) {
    return store.round(roundId).orElseThrow(() -> refusal("roundId", "ROUND_EXISTS", "选举轮次 " + roundId + " 不存在"));
  }

  /** Opens the first round: the whole formal list for all the seats, after the roll call meets the quorum. */
  @Transactional
  public Round openRound(String electionId, RollCall rollCall, Integer issued, String user) {
    List<FormalCandidate> list = store.candidates(electionId);
    if (list.isEmpty()) throw refusal("candidates", "LIST_FIXED", "正式候选人名单尚未确定");
    if (!store.rounds(electionId).isEmpty()) throw refusal("roundId", "FIRST_ROUND", "正式选举已经进行，后续轮次须依上一轮结果进行");
    return open(electionId, RoundKind.REGULAR, null, seats(electionId), list, rules(electionId).allowsWriteIns(), rollCall,
        issued, user);
  }

  /** The ballot of a round in order (names only, nothing of the count). */
  public List<FormalCandidate> roundBallot(long roundId) {
    return store.roundCandidates(roundId);
  }

  /** Records the ballots returned: more than issued voids the round (kept; {@link #repeatRound} holds it again). */
  @Transactional
  public Round recordReturned(long roundId, Integer returned, String user) {
    Round round = round(roundId);
    if (round.status() != RoundStatus.OPEN) throw refusal("returned", "ROUND_OPEN", "本轮选票已收回");
    BallotReturn ballots = new BallotReturn(round.issued(), returned);
    refuse("收回选票数有误", ballots.check(round.rollCall().present()));
    RoundStatus status = ballots.voidsRound() ? RoundStatus.VOID : RoundStatus.COUNTING;
    if (!store.recordReturned(roundId, returned, status, user)) throw refusal("returned", "ROUND_OPEN", "本轮选票已收回");
    audit.record(user, ballots.voidsRound() ? "CONGRESS_ROUND_VOID" : "CONGRESS_BALLOTS_RETURNED", SUBJECT,
        round.electionId(), "第 " + round.number() + " 轮（" + round.kind().label() + "）：" + ballots.describe());
    return round(roundId);
  }

  /** Holds a void round again: same kind, candidates and seats; the void round stays as it is. */
  @Transactional
  public Round repeatRound(long voidRoundId, RollCall rollCall, Integer issued, String user) {
    Round previous = round(voidRoundId);
    if (previous.status() != RoundStatus.VOID) throw refusal("roundId", "ROUND_VOID", "只有无效的轮次才重新投票");
    return open(previous.electionId(), previous.kind(), previous, previous.seats(), store.roundCandidates(voidRoundId),
        previous.writeInsAllowed(), rollCall, issued, user);
  }

  /** A new vote among those tied for the last seats only, for those seats (no write-ins). */
  @Transactional
  public Round openTieBreak(long roundId, RollCall rollCall, Integer issued, String user) {
    Round previous = round(roundId);
    Outcome outcome = outcome(previous).orElseThrow(() -> refusal("roundId", "ROUND_CONFIRMED", "上一轮计票尚未确认"));
    if (outcome.next() != Outcome.Next.TIE_BREAK) throw refusal("roundId", "TIE_FOR_LAST_SEAT", "上一轮没有票数相等须重新投票的情况");
    Map<String, FormalCandidate> known = candidatesOf(previous);
    List<FormalCandidate> tied = SurnameStrokeOrder.sorted(outcome.tied().stream().map(known::get).toList(),
        FormalCandidate::name);
    return open(previous.electionId(), RoundKind.TIE_BREAK, previous, outcome.tiedSeats(), tied, false, rollCall, issued, user);
  }

  /**
   * A supplementary round (另行选举) for the seats a round left unfilled, among candidates not elected, still with the
   * margin of the rules.
   */
  @Transactional
  public Round openSupplementary(long roundId, List<String> candidates, RollCall rollCall, Integer issued, String user) {
    Round previous = round(roundId);
    Outcome outcome = outcome(previous).orElseThrow(() -> refusal("roundId", "ROUND_CONFIRMED", "上一轮计票尚未确认"));
    if (outcome.next() != Outcome.Next.UNFILLED_SEATS) throw refusal("roundId", "SEATS_UNFILLED", "上一轮没有未选足的名额");
    Election election = elections.get(previous.electionId());
    Set<String> elected = new HashSet<>(store.elected(election.id()));
    Map<String, FormalCandidate> pool = new HashMap<>();
    store.candidates(election.id()).stream().filter(c -> !elected.contains(c.memberId())
        && !removals.isRemoved(election.id(), c.memberId())).forEach(c -> pool.put(c.memberId(), c));
    List<String> chosen = candidates == null ? List.of() : candidates;
    refuse("另行选举候选人不符合规则", SupplementaryRound.check(chosen, pool.keySet(), outcome.unfilledSeats(),
        rules(election.id()).supplementaryMargin(election)));
    List<FormalCandidate> ballot = SurnameStrokeOrder.sorted(chosen.stream().distinct().map(pool::get).toList(),
        FormalCandidate::name);
    return open(election.id(), RoundKind.SUPPLEMENTARY, previous, outcome.unfilledSeats(), ballot,
        rules(election.id()).allowsWriteIns(), rollCall, issued, user);
  }

  /** The conference decides to give up the seats a round left unfilled, where its rules allow it; recorded. */
  @Transactional
  public void reduceSeats(long roundId, String reason, String user) {
    Round previous = round(roundId);
    Outcome outcome = outcome(previous).orElseThrow(() -> refusal("roundId", "ROUND_CONFIRMED", "上一轮计票尚未确认"));
    if (outcome.next() != Outcome.Next.UNFILLED_SEATS) throw refusal("roundId", "SEATS_UNFILLED", "上一轮没有未选足的名额");
    if (followed(previous)) throw refusal("roundId", "NEXT_ROUND_HELD", "已就未选足的名额另行选举");
    if (store.reduced(roundId)) throw refusal("roundId", "SEATS_REDUCED", "已决定减少名额");
    if (!rules(previous.electionId()).allowsSeatReduction(outcome.unfilledSeats())) {
      throw refusal("roundId", "SEAT_REDUCTION_ALLOWED", "选举办法不允许减少 " + outcome.unfilledSeats()
          + " 个名额，须另行选举");
    }
    if (reason == null || reason.isBlank()) throw refusal("reason", "REASON_GIVEN", "减少名额须记录大会的决定和理由");
    store.insertReduction(previous.electionId(), roundId, outcome.unfilledSeats(), reason.trim(), user);
    audit.record(user, "CONGRESS_SEATS_REDUCED", SUBJECT, previous.electionId(), "第 " + previous.number()
        + " 轮后未选足的 " + outcome.unfilledSeats() + " 个名额不再选举：" + reason.trim());
  }

  /**
   * What the next round is, by the record: the first round, a void round held again, a tie-break, a supplementary
   * round for unfilled seats (not given up), or a re-election of the seats the credentials review left vacant; empty
   * while a round is open or being counted, or when every seat is filled or given up.
   */
  public Optional<NextRound> nextRound(String electionId) {
    List<Round> rounds = store.rounds(electionId);
    if (rounds.isEmpty()) {
      return store.candidates(electionId).isEmpty() ? Optional.empty()
          : Optional.of(new NextRound(RoundKind.REGULAR, null, seats(electionId), false, store.candidates(electionId)));
    }
    Round last = rounds.get(rounds.size() - 1);
    if (last.status() == RoundStatus.VOID) {
      return Optional.of(new NextRound(last.kind(), last.id(), last.seats(), false, store.roundCandidates(last.id())));
    }
    if (last.status() != RoundStatus.CONFIRMED) return Optional.empty();
    Outcome outcome = outcome(last).orElseThrow();
    if (outcome.next() == Outcome.Next.TIE_BREAK) {
      Map<String, FormalCandidate> known = candidatesOf(last);
      return Optional.of(new NextRound(RoundKind.TIE_BREAK, last.id(), outcome.tiedSeats(), false,
          SurnameStrokeOrder.sorted(outcome.tied().stream().map(known::get).toList(), FormalCandidate::name)));
    }
    if (outcome.next() == Outcome.Next.UNFILLED_SEATS && !store.reduced(last.id())) {
      return Optional.of(new NextRound(RoundKind.SUPPLEMENTARY, last.id(), outcome.unfilledSeats(), true,
          notElected(electionId)));
    }
    int vacant = vacantSeats(electionId);
    return vacant == 0 ? Optional.empty()
        : Optional.of(new NextRound(RoundKind.RE_ELECTION, last.id(), vacant, true, notElected(electionId)));
  }

  /** Opens the round that is due ({@link #nextRound}); {@code candidates} are chosen for a supplementary or re-election. */
  @Transactional
  public Round openNextRound(String electionId, RollCall rollCall, Integer issued, List<String> candidates, String user) {
    NextRound next = nextRound(electionId).orElseThrow(() -> refusal("roundId", "ROUND_DUE",
        store.rounds(electionId).stream().anyMatch(r -> r.status() == RoundStatus.OPEN || r.status() == RoundStatus.COUNTING)
            ? "上一轮选举尚未结束" : "没有需要进行的选举轮次"));
    if (next.previousRoundId() == null) return openRound(electionId, rollCall, issued, user);
    Round last = round(next.previousRoundId());
    if (last.status() == RoundStatus.VOID) return repeatRound(last.id(), rollCall, issued, user);
    return switch (next.kind()) {
      case TIE_BREAK -> openTieBreak(last.id(), rollCall, issued, user);
      case SUPPLEMENTARY -> openSupplementary(last.id(), candidates, rollCall, issued, user);
      default -> openReElection(last, next.seats(), candidates, rollCall, issued, user);
    };
  }

  /** The seats of delegates declared invalid that no later round filled: every seat not filled by a valid delegate. */
  int vacantSeats(String electionId) {
    return Math.max(0, seats(electionId) - store.seatsGivenUp(electionId) - store.elected(electionId).size());
  }

  /** The formal candidates not (validly) elected and not removed: those a later round may choose from. */
  private List<FormalCandidate> notElected(String electionId) {
    Set<String> elected = new HashSet<>(store.elected(electionId));
    return store.candidates(electionId).stream().filter(c -> !elected.contains(c.memberId())
        && !removals.isRemoved(electionId, c.memberId())).toList();
  }

  private Round openReElection(Round last, int seats, List<String> candidates, RollCall rollCall, Integer issued,
                               String user) {
    Election election = elections.get(last.electionId());
    Map<String, FormalCandidate> pool = new HashMap<>();
    notElected(election.id()).forEach(c -> pool.put(c.memberId(), c));
    List<String> chosen = candidates == null ? List.of() : candidates;
    refuse("重新选举候选人不符合规则", SupplementaryRound.check(chosen, pool.keySet(), seats,
        rules(election.id()).supplementaryMargin(election)));
    List<FormalCandidate> ballot = SurnameStrokeOrder.sorted(chosen.stream().distinct().map(pool::get).toList(),
        FormalCandidate::name);
    return open(election.id(), RoundKind.RE_ELECTION, last, seats, ballot, rules(election.id()).allowsWriteIns(),
        rollCall, issued, user);
  }

  private Round open(String electionId, RoundKind kind, Round previous, int seats, List<FormalCandidate> ballot,
                     boolean writeIns, RollCall rollCall, Integer issued, String user) {
    Election election = elections.get(electionId);
    if (previous != null && followed(previous)) {
      throw refusal("roundId", "NEXT_ROUND_HELD", "第 " + previous.number() + " 轮之后的轮次已经进行");
    }
    if (store.rounds(electionId).stream().anyMatch(r -> r.status() == RoundStatus.OPEN || r.status() == RoundStatus.COUNTING)) {
      throw refusal("roundId", "ROUND_IN_PROGRESS", "上一轮选举尚未结束");
    }
    RollCall roll = rollCall == null ? new RollCall(null, null) : rollCall;
    refuse("不能进行选举", roll.check(election.quorum()));
    refuse("发出选票数有误", new BallotReturn(issued, 0).check(roll.present()));
    long id = store.insertRound(electionId, kind, previous == null ? null : previous.id(), seats, roll, issued, writeIns,
        ballot, user);
    Round round = round(id);
    audit.record(user, "CONGRESS_ROUND_OPENED", SUBJECT, electionId, "第 " + round.number() + " 轮（" + kind.label()
        + "）：应到 " + roll.expected() + " 人，实到 " + roll.present() + " 人；候选人 " + ballot.size() + " 名，应选 " + seats
        + " 名；发出选票 " + issued + " 张");
    return round;
  }

  private boolean followed(Round round) {
    return store.rounds(round.electionId()).stream().anyMatch(r -> Long.valueOf(round.id()).equals(r.previousRoundId()));
  }

  private Map<String, FormalCandidate> candidatesOf(Round round) {
    Map<String, FormalCandidate> known = new HashMap<>();
    store.roundCandidates(round.id()).forEach(c -> known.put(c.memberId(), c));
    store.results(round.id()).stream().filter(CongressStore.ResultRow::writeIn)
        .forEach(r -> known.put(r.memberId(), new FormalCandidate(r.memberId(), name(r.memberId()), SeatSource.ELECTORAL_UNIT)));
    return known;
  }

  /** The outcome of a confirmed round, rebuilt from its results of record. */
  Optional<Outcome> outcome(Round round) {
    return store.counted(round.id()).map(counted -> outcome(round, counted.minimumVotes(), store.results(round.id())));
  }

  static Outcome outcome(Round round, int minimumVotes, List<CongressStore.ResultRow> rows) {
    List<Standing> standings = rows.stream().map(r -> new Standing(r.memberId(), r.name(), r.votesFor(), r.writeIn(),
        r.result())).toList();
    List<String> elected = standings.stream().filter(s -> s.result() == Standing.Result.ELECTED).map(Standing::memberId).toList();
    List<String> tied = standings.stream().filter(s -> s.result() == Standing.Result.TIED).map(Standing::memberId).toList();
    int rest = round.seats() - elected.size();
    return new Outcome(round.seats(), minimumVotes, standings, elected, tied, tied.isEmpty() ? 0 : rest,
        tied.isEmpty() ? rest : 0);
  }

  // --- results ---

  /**
   * The delegates elected so far in surname stroke order, with seat source, round and votes: every confirmed round's
   * elected, without those whose credentials were declared invalid.
   */
  public List<ElectedDelegate> elected(String electionId) {
    Map<String, SeatSource> sources = new HashMap<>();
    store.candidates(electionId).forEach(c -> sources.put(c.memberId(), c.seatSource()));
    List<ElectedDelegate> elected = new ArrayList<>();
    Set<String> invalid = new HashSet<>();
    store.credentials(electionId).stream().filter(c -> c.decision() == CredentialDecision.Decision.INVALID)
        .forEach(c -> invalid.add(c.memberId() + "#" + c.round()));
    for (Round round : store.rounds(electionId)) {
      if (round.status() != RoundStatus.CONFIRMED) continue;
      for (CongressStore.ResultRow r : store.results(round.id())) {
        if (r.result() != Standing.Result.ELECTED || invalid.contains(r.memberId() + "#" + round.number())) continue;
        elected.add(new ElectedDelegate(r.memberId(), r.writeIn() ? name(r.memberId()) : r.name(),
            sources.getOrDefault(r.memberId(), SeatSource.ELECTORAL_UNIT), round.number(), r.votesFor()));
      }
    }
    return SurnameStrokeOrder.sorted(elected, ElectedDelegate::name);
  }

  /**
   * The results so far: the elected of every confirmed round in surname stroke order with their seat source, whether
   * every seat is filled (or given up), and the structure of the unit's own delegates against the election's rules
   * (the upper nominees counted only in the rules the conference named).
   */
  public ConferenceResult results(String electionId) {
    Election election = elections.get(electionId);
    List<ElectedDelegate> ordered = elected(electionId);
    int seats = seats(electionId);
    int givenUp = store.seatsGivenUp(electionId);
    Map<String, String> categories = identities.categoriesOf(electionId,
        ordered.stream().map(ElectedDelegate::memberId).toList());
    List<Delegate> delegates = new ArrayList<>();
    for (ElectedDelegate d : ordered) {
      members.find(d.memberId()).ifPresent(m -> delegates.add(new Delegate(new CategorizedMember(m,
          categories.get(d.memberId())), d.seatSource())));
    }
    List<RuleResult> structure = DelegateStructure.evaluate(election, delegates, rules(electionId).upperNomineeRuleCodes(),
        localShares(election));
    return new ConferenceResult(electionId, seats, givenUp, !ordered.isEmpty() && ordered.size() + givenUp == seats,
        ordered, structure, StructureEvaluator.allMet(structure));
  }

  /** Shares among the unit's members, read only when some delegate rule compares with them. */
  private Map<String, Share> localShares(Election election) {
    var rules = election.rules(RuleScope.DELEGATES);
    if (StructureEvaluator.localShares(rules, List.of(), election.electionDate()).isEmpty()) return Map.of();
    String path = organizations.get(election.electoralUnitId()).path();
    List<Member> local = new ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      List<Member> page = members.search(path, "", offset, PAGE);
      local.addAll(page);
      if (page.size() < PAGE) break;
    }
    return StructureEvaluator.localShares(rules, local, election.electionDate());
  }

  private String name(String memberId) {
    return members.find(memberId).map(Member::name).orElse(memberId);
  }

  static String names(List<FormalCandidate> candidates) {
    return candidates.stream().map(FormalCandidate::name).collect(Collectors.joining("、"));
  }
}
