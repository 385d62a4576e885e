package cn.congress.nomination.congress;

import cn.congress.nomination.audit.AuditLog;
import cn.congress.nomination.candidate.CandidateRemovals;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.nomination.NomineeContext;
import cn.congress.nomination.nomination.NomineePolicies;
import cn.congress.nomination.nomination.NomineePolicy;
import cn.congress.nomination.nomination.Rejection;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The count of a round: entered twice by two different counters (ballot by ballot or as sheet totals), the
 * differences listed, resolved and the count confirmed by a scrutineer who entered neither. Until then the count is
 * sealed: {@link #view} is the only read of it, and it shows a counter their own entry and nothing else to anyone; the
 * audit log records who entered what kind of entry, never a figure.
 */
@Service("counts")
public class Counts {

  /** The member rules a person written in must keep: full member, not sanctioned or investigated, within the unit. */
  static final List<NomineePolicy> WRITE_IN_RULES = List.of(NomineePolicies.FULL_MEMBER, NomineePolicies.NOT_SANCTIONED,
      NomineePolicies.NOT_UNDER_INVESTIGATION, NomineePolicies.WITHIN_ELECTORAL_UNIT);

  private final Conference conference;
  private final Elections elections;
  private final Organizations organizations;
  private final Members members;
  private final CandidateRemovals removals;
  private final CongressStore store;
  private final AuditLog audit;

  Counts(Conference conference, Elections elections, Organizations organizations, Members members,
         CandidateRemovals removals, CongressStore store, AuditLog audit) {
    this.conference = conference;
    this.elections = elections;
    this.organizations = organizations;
    this.members = members;
    this.removals = removals;
    this.store = store;
    this.audit = audit;
  }

  /** A counter's entry, ballot by ballot. Returns the entry's id. */
  @Transactional
  public long enterBallots(long roundId, List<Ballot> ballots, String counter) {
    Round round = counting(roundId, counter);
    List<Ballot> entered = ballots == null ? List.of() : ballots;
    Conference.refuse("选票录入有误", BallotCounter.checkEntry(form(round), round.returned(), entered));
    return insert(round, counter, EntryMode.BALLOTS, entered, null);
  }

  /** A counter's entry of the tally sheet's totals. Returns the entry's id. */
  @Transactional
  public long enterSheet(long roundId, SheetTotals sheet, String counter) {
    Round round = counting(roundId, counter);
    SheetTotals entered = sheet == null ? new SheetTotals(null, null, null, null) : sheet;
    Conference.refuse("计票单录入有误", entered.check(form(round), round.returned()));
    return insert(round, counter, EntryMode.SHEET, null, entered);
  }

  private Round counting(long roundId, String counter) {
    Round round = conference.round(roundId);
    if (round.status() != RoundStatus.COUNTING) {
      throw Conference.refusal("roundId", "ROUND_COUNTING", "第 " + round.number() + " 轮不在计票阶段（" + round.status() + "）");
    }
    Conference.refuse("不能录入计票", CountingDuties.mayEnter(counter, conference.counters(round.electionId()),
        store.entryCounters(roundId)));
    return round;
  }

  private long insert(Round round, String counter, EntryMode mode, List<Ballot> ballots, SheetTotals sheet) {
    long id = store.insertEntry(round.id(), counter, mode, ballots, sheet);
    audit.record(counter, "CONGRESS_COUNT_ENTERED", Conference.SUBJECT, round.electionId(), "第 " + round.number()
        + " 轮计票第 " + store.entryCounters(round.id()).size() + " 次录入（" + (mode == EntryMode.BALLOTS ? "逐张" : "计票单")
        + "），计票结果在监票人确认前密封");
    return id;
  }

  /** Whether the user has entered this round's count (says nothing of what). */
  public boolean hasEntered(long roundId, String user) {
    return store.entryCounters(roundId).contains(user);
  }

  /**
   * One entry of a round as a scrutineer may know it before the confirmation, to say which entry holds when the two
   * differ: its id, whether it was the first or the second, who entered it, how and when. No figure.
   */
  public record EntryRef(long id, int number, String counter, EntryMode mode, Instant enteredAt) {}

  /** The round's entries without their content, for the election's appointed scrutineers only (else 422). */
  public List<EntryRef> entryRefs(long roundId, String user) {
    Round round = conference.round(roundId);
    if (!conference.scrutineers(round.electionId()).contains(user)) {
      throw Conference.refusal("scrutineer", CountingDuties.RULE_APPOINTED_SCRUTINEER, "scrutineer：" + user
          + " 不是本次会议的监票人，不能查看录入情况");
    }
    return store.entryRefs(roundId);
  }

  /** Where the two entries differ; empty while there are fewer than two. */
  List<Difference> differences(Round round, List<CountEntry> entries) {
    if (entries.size() < 2) return List.of();
    return EntryDifferences.between(form(round), entries.get(0), entries.get(1), eligibility(round));
  }

  /** The entries of a round being counted, for a scrutineer who entered neither; both entries must be in. */
  private List<CountEntry> scrutinized(Round round, String scrutineer, String refusal) {
    List<CountEntry> entries = store.entries(round.id());
    Conference.refuse(refusal, CountingDuties.mayScrutinize(scrutineer, conference.scrutineers(round.electionId()),
        entries.stream().map(CountEntry::counter).toList()));
    if (round.status() != RoundStatus.COUNTING) throw Conference.refusal("roundId", "ROUND_COUNTING", "本轮不在计票阶段");
    if (entries.size() < 2) throw Conference.refusal("roundId", "TWO_ENTRIES", "本轮计票尚未由两名计票人分别录入");
    return entries;
  }

  /** A scrutineer who entered neither records which entry holds after the paper ballots were checked again. */
  @Transactional
  public void resolve(long roundId, Long entryId, String reason, String scrutineer) {
    Round round = conference.round(roundId);
    List<CountEntry> entries = scrutinized(round, scrutineer, "不能处理差异");
    if (differences(round, entries).isEmpty()) throw Conference.refusal("entryId", "DIFFERENCES", "两次录入一致，无须处理");
    if (entries.stream().noneMatch(e -> Long.valueOf(e.id()).equals(entryId))) {
      throw Conference.refusal("entryId", "ENTRY_OF_ROUND", "entryId：须选择本轮两次录入之一");
    }
    if (reason == null || reason.isBlank()) throw Conference.refusal("reason", "REASON_GIVEN", "reason：须记录核对选票的情况");
    if (!store.resolve(roundId, entryId, reason.trim(), scrutineer)) {
      throw Conference.refusal("entryId", "RESOLVED", "本轮差异已经处理");
    }
    audit.record(scrutineer, "CONGRESS_DIFFERENCES_RESOLVED", Conference.SUBJECT, round.electionId(), "第 "
        + round.number() + " 轮两次录入不一致，经核对选票以第 " + (entries.get(0).id() == entryId ? 1 : 2) + " 次录入为准："
        + reason.trim());
  }

  /**
   * A scrutineer who entered neither confirms the count: both entries in, identical or resolved. The count of record
   * and who it elects are written and from now on visible. Returns the outcome.
   */
  @Transactional
  public Outcome confirm(long roundId, String scrutineer) {
    Round round = conference.round(roundId);
    List<CountEntry> entries = scrutinized(round, scrutineer, "不能确认计票");
    List<Difference> differences = differences(round, entries);
    Optional<CongressStore.Resolution> resolution = store.resolution(roundId);
    if (!differences.isEmpty() && resolution.isEmpty()) {
      throw new ValidationException("两次录入不一致", differences.stream()
          .map(d -> Violation.of(d.field(), "ENTRIES_AGREE", d.message())).toList());
    }
    CountEntry ofRecord = resolution.map(r -> entries.stream().filter(e -> e.id() == r.entryId()).findFirst().orElseThrow())
        .orElse(entries.get(0));
    BallotForm form = form(round);
    Tally tally = ofRecord.tally(form, eligibility(round));
    Election election = elections.get(round.electionId());
    Outcome outcome = WhoIsElected.decide(form, tally, round.kind(), election.threshold(), round.rollCall());
    if (!store.confirm(roundId, tally, outcome, scrutineer)) throw Conference.refusal("roundId", "ROUND_COUNTING", "本轮已确认");
    audit.record(scrutineer, "CONGRESS_COUNT_CONFIRMED", Conference.SUBJECT, round.electionId(), "第 " + round.number()
        + " 轮计票经监票人确认：收回 " + tally.counted() + " 张，有效 " + tally.valid() + " 张，无效 " + tally.invalid()
        + " 张；当选票数至少 " + outcome.minimumVotes() + " 票；" + outcome.standings().stream()
        .map(s -> s.name() + " " + s.votesFor() + " 票（" + s.result().label() + "）").collect(Collectors.joining("、")));
    return outcome;
  }

  /**
   * The count of a round as {@code user} may see it. Confirmed: the tally and outcome of record. Before: sealed — a
   * counter gets their own entry, counters and scrutineers the locations of the differences, nobody any figure.
   */
  public CountView view(long roundId, String user) {
    Round round = conference.round(roundId);
    if (round.status() == RoundStatus.CONFIRMED) {
      List<CongressStore.ResultRow> rows = store.results(roundId);
      CongressStore.Counted counted = store.counted(roundId).orElseThrow();
      List<CandidateVotes> candidates = store.roundCandidates(roundId).stream().map(c -> rows.stream()
          .filter(r -> r.memberId().equals(c.memberId())).findFirst()
          .map(r -> new CandidateVotes(r.memberId(), r.votesFor(), r.against(), r.abstain())).orElseThrow()).toList();
      List<WriteInVotes> writeIns = rows.stream().filter(CongressStore.ResultRow::writeIn)
          .map(r -> new WriteInVotes(r.memberId(), r.name(), r.votesFor())).toList();
      Tally tally = new Tally(counted.valid() + counted.invalid(), counted.valid(), counted.invalid(), candidates, writeIns,
          store.findings(roundId));
      return new CountView(roundId, round.status(), false, store.entryCounters(roundId).size(), null, List.of(), tally,
          Conference.outcome(round, counted.minimumVotes(), rows));
    }
    List<String> counters = store.entryCounters(roundId);
    boolean counter = counters.contains(user);
    boolean staff = counter || conference.scrutineers(round.electionId()).contains(user);
    if (!staff) return CountView.sealed(round, counters.size(), null, List.of());
    List<CountEntry> entries = store.entries(roundId);
    CountEntry own = entries.stream().filter(e -> e.counter().equals(user)).findFirst().orElse(null);
    return CountView.sealed(round, counters.size(), own, differences(round, entries));
  }

  BallotForm form(Round round) {
    return new BallotForm(store.roundCandidates(round.id()), round.seats(), round.writeInsAllowed());
  }

  /**
   * Who may receive a write-in vote: a member keeping {@link #WRITE_IN_RULES} within the electoral unit, not removed
   * from the campaign, not elected in an earlier round.
   */
  WriteInEligibility eligibility(Round round) {
    Election election = elections.get(round.electionId());
    String unitPath = organizations.get(election.electoralUnitId()).path();
    Set<String> elected = new HashSet<>(store.elected(election.id()));
    return memberId -> {
      Optional<Member> member = members.find(memberId);
      if (member.isEmpty()) return Optional.of("不是本选举单位的党员");
      if (elected.contains(memberId)) return Optional.of("已经当选");
      if (removals.isRemoved(election.id(), memberId)) return Optional.of("已被取消人选资格");
      String branchPath = organizations.find(member.get().organizationId()).map(o -> o.path()).orElse(null);
      List<Rejection> rejections = NomineePolicies.check(new NomineeContext(member.get(), null, unitPath, branchPath,
          election.electionDate()), WRITE_IN_RULES);
      return rejections.isEmpty() ? Optional.empty()
          : Optional.of(rejections.stream().map(Rejection::reason).collect(Collectors.joining("；")));
    };
  }
}
