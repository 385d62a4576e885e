package cn.congress.nomination.congress;

import cn.congress.nomination.audit.AuditLog;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.election.RuleResult;
import cn.congress.nomination.election.ScheduleStep;
import cn.congress.nomination.notice.NoticeKind;
import cn.congress.nomination.notice.Notices;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of CongressElectionProcess on the conference's services: what each task's completion does and what the
 * process branches on. Only ids and the kind of the next step cross into the process — never a figure of a count.
 */
@Service("congressElection")
public class CongressElection {

  private final Conference conference;
  private final Counts counts;
  private final CredentialsReview credentials;
  private final CongressStore store;
  private final Elections elections;
  private final Organizations organizations;
  private final Notices notices;
  private final AuditLog audit;

  CongressElection(Conference conference, Counts counts, CredentialsReview credentials, CongressStore store,
                   Elections elections, Organizations organizations, Notices notices, AuditLog audit) {
    this.conference = conference;
    this.counts = counts;
    this.credentials = credentials;
    this.store = store;
    this.elections = elections;
    this.organizations = organizations;
    this.notices = notices;
    this.audit = audit;
  }

  public Election election(String electionId) {
    return elections.get(electionId);
  }

  /** The upper committee: the electoral unit's parent organization. */
  public String upperCommittee(String electionId) {
    return organizations.get(election(electionId).electoralUnitId()).parentId();
  }

  /** The upper committee's nominees complete the formal list (margin over the whole list; stroke order). */
  @Transactional
  public List<FormalCandidate> nominateUpperCandidates(String electionId, List<String> nominees, String user) {
    return conference.fixCandidateList(electionId, nominees, user);
  }

  public void requirePrepared(String electionId) {
    Conference.refuse("大会选举准备工作尚未完成", conference.preparationMissing(electionId));
  }

  /** Opens the round that is due and returns its id. */
  @Transactional
  public long openRound(String electionId, RollCall rollCall, Integer issued, List<String> candidates, String user) {
    return conference.openNextRound(electionId, rollCall, issued, candidates, user).id();
  }

  /** Records the ballots returned; true when the round is void (more returned than issued) and is to be held again. */
  @Transactional
  public boolean recordReturned(long roundId, Integer returned, String user) {
    return conference.recordReturned(roundId, returned, user).status() == RoundStatus.VOID;
  }

  /** A counter completes their counting task only after entering their own count of this round. */
  public void requireOwnEntry(long roundId, String user, String otherTaskCompletedBy) {
    if (user.equals(otherTaskCompletedBy)) {
      throw Conference.refusal("counter", CountingDuties.RULE_SECOND_COUNTER, "counter：" + user
          + " 已完成另一份计票录入，第二份须由另一名计票人录入");
    }
    if (!conference.counters(conference.round(roundId).electionId()).contains(user)) {
      throw Conference.refusal("counter", CountingDuties.RULE_APPOINTED_COUNTER, "counter：" + user + " 不是本次会议的计票人");
    }
    if (!counts.hasEntered(roundId, user)) {
      throw Conference.refusal("entry", "ENTRY_MADE", "entry：请先录入本轮计票结果（逐张选票或计票单）再完成任务");
    }
  }

  /** The scrutineer confirms the count; returns what comes next (every seat filled, a tie-break, unfilled seats). */
  @Transactional
  public Outcome.Next confirmCount(long roundId, String scrutineer) {
    return counts.confirm(roundId, scrutineer).next();
  }

  /** Unfilled seats: the conference gives them up (where its rules allow, recorded) or holds a supplementary round. */
  @Transactional
  public void decideUnfilledSeats(long roundId, boolean reduce, String reason, String user) {
    Round round = conference.round(roundId);
    if (reduce) {
      conference.reduceSeats(roundId, reason, user);
    } else {
      audit.record(user, "CONGRESS_SUPPLEMENTARY_DECIDED", Conference.SUBJECT, round.electionId(), "第 " + round.number()
          + " 轮后未选足的名额另行选举" + (reason == null || reason.isBlank() ? "" : "：" + reason.trim()));
    }
  }

  /**
   * Files the results with the upper committee: every seat filled or given up, no round due; the filing keeps the
   * delegates as they stood and the structure of the unit's own delegates, met or unmet.
   */
  @Transactional
  public ResultsFiling fileResults(String electionId, String user) {
    ConferenceResult result = conference.results(electionId);
    Optional<NextRound> due = conference.nextRound(electionId);
    if (!result.complete() || due.isPresent()) {
      throw new ValidationException("选举尚未结束，不能报送结果", List.of(Violation.of("results", "ELECTION_COMPLETE",
          "results：应选 " + result.seats() + " 名，当选 " + result.elected().size() + " 名"
              + (result.seatsGivenUp() > 0 ? "，减少名额 " + result.seatsGivenUp() + " 名" : "")
              + due.map(n -> "，尚需进行" + n.kind().label()).orElse(""))));
    }
    String names = result.elected().stream().map(ElectedDelegate::name).collect(Collectors.joining("、"));
    store.insertFiling(electionId, result.elected().size(), names, user);
    audit.record(user, "CONGRESS_RESULTS_FILED", Conference.SUBJECT, electionId, "向上级党委报送选举结果报告、代表名册和代表登记表："
        + "当选代表 " + result.elected().size() + " 名（按姓氏笔画为序）：" + names + "；本单位代表结构：" + structure(result));
    List<ResultsFiling> filings = store.filings(electionId);
    return filings.get(filings.size() - 1);
  }

  public List<ResultsFiling> filings(String electionId) {
    return store.filings(electionId);
  }

  static String structure(ConferenceResult result) {
    if (result.structure().isEmpty()) return "无结构要求";
    return result.structure().stream().map(CongressElection::describe).collect(Collectors.joining("；"));
  }

  private static String describe(RuleResult r) {
    return r.label() + (r.met() ? "（符合）" : "（不符合）");
  }

  /** Five must-knows #5: the results to every branch of the electoral unit, the elected in surname stroke order. */
  public int announceResults(String electionId) {
    ConferenceResult result = conference.results(electionId);
    Organization unit = organizations.get(election(electionId).electoralUnitId());
    String body = unit.name() + "代表会议选举产生出席上级党代表大会代表 " + result.elected().size() + " 名（按姓氏笔画为序）："
        + result.elected().stream().map(ElectedDelegate::name).collect(Collectors.joining("、"));
    int sent = notices.toBranchesOf(NoticeKind.ELECTION_RESULTS, electionId, unit.path(), NoticeKind.ELECTION_RESULTS.label(),
        body);
    audit.record("system", "CONGRESS_RESULTS_ANNOUNCED", Conference.SUBJECT, electionId, "五必知：向 " + sent
        + " 个党支部通报选举结果");
    return sent;
  }

  /** Before the schedule's ELECTION deadline: a REMINDER notice to the electoral unit, unless the results are filed. */
  @Transactional
  public boolean remindIfNotFiled(String electionId) {
    if (!store.filings(electionId).isEmpty()) return false;
    Election election = election(electionId);
    String due = deadline(election);
    notices.toOrganization(NoticeKind.REMINDER, electionId, election.electoralUnitId(), "选举结果报送截止提醒",
        "请于 " + due + " 前召开大会完成选举，并向上级党委报送选举结果报告、代表名册和代表登记表");
    audit.record("system", "CONGRESS_RESULTS_REMINDED", Conference.SUBJECT, electionId, "截止日期 " + due + "，尚未报送");
    return true;
  }

  /** After the schedule's ELECTION deadline: a LATE notice to the upper committee naming the unit, unless filed. */
  @Transactional
  public boolean reportLateIfNotFiled(String electionId) {
    if (!store.filings(electionId).isEmpty()) return false;
    Election election = election(electionId);
    String due = deadline(election);
    Organization unit = organizations.get(election.electoralUnitId());
    notices.toOrganization(NoticeKind.LATE, electionId, unit.parentId(), unit.name() + "选举结果逾期未报送",
        unit.name() + "（" + unit.id() + "）应于 " + due + " 前完成选举并报送结果，至今未报送");
    audit.record("system", "CONGRESS_RESULTS_LATE", Conference.SUBJECT, electionId, "截止日期 " + due
        + "，逾期未报送，已告知上级");
    return true;
  }

  private static String deadline(Election election) {
    return election.deadline(ScheduleStep.ELECTION).map(String::valueOf).orElse("");
  }

  /** The credentials review is complete; true when every delegate stands (no seat left vacant). */
  public boolean credentialsReviewed(String electionId) {
    return credentials.requireReviewed(electionId) == 0;
  }
}
