package cn.congress.nomination.candidate.preliminary;

import cn.congress.nomination.audit.AuditLog;
import cn.congress.nomination.candidate.CandidateRemovals;
import cn.congress.nomination.candidate.Removal;
import cn.congress.nomination.candidate.StageRoster;
import cn.congress.nomination.congress.NameNotOrderableException;
import cn.congress.nomination.congress.SurnameStrokeOrder;
import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.ElectionIdentities;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.election.IdentityCategory;
import cn.congress.nomination.election.RuleScope;
import cn.congress.nomination.election.ScheduleStep;
import cn.congress.nomination.election.Share;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.election.StructureEvaluator;
import cn.congress.nomination.meeting.Meeting;
import cn.congress.nomination.meeting.MeetingDraft;
import cn.congress.nomination.meeting.MeetingKind;
import cn.congress.nomination.meeting.MeetingRecords;
import cn.congress.nomination.meeting.MeetingStatus;
import cn.congress.nomination.meeting.MeetingVote;
import cn.congress.nomination.meeting.RankedName;
import cn.congress.nomination.nomination.targets.InspectionTargets;
import cn.congress.nomination.nomination.targets.PoolEntry;
import cn.congress.nomination.notice.NoticeKind;
import cn.congress.nomination.notice.Notices;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.quota.FeasibilityReport;
import cn.congress.nomination.quota.StructureFeasibility;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The preliminary candidates of an election (代表候选人预备人选): the briefing of non-party figures, the plenary's
 * circle vote as a meeting record (rules of {@link PreliminaryPolicies} checked before it is recorded), the filing with
 * the upper committee and its two gates, and the five must-knows notice of the approved list. Called by the process's
 * listener and delegates in the engine's transaction; every decision goes to the audit log.
 */
@Service("preliminaryCandidates")
public class PreliminaryCandidates {

  static final String SUBJECT = "preliminary-candidates";
  static final MeetingKind KIND = MeetingKind.PRELIMINARY_CANDIDATES_VOTE;
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final int PAGE = 2000;

  private final Elections elections;
  private final Organizations organizations;
  private final Members members;
  private final ElectionIdentities identities;
  private final InspectionTargets targets;
  private final ObjectProvider<StageRoster> rosters;
  private final CandidateRemovals removals;
  private final MeetingRecords meetings;
  private final StructureFeasibility feasibility;
  private final PreliminaryStore store;
  private final Notices notices;
  private final AuditLog audit;
  private final ObjectMapper json;

  PreliminaryCandidates(Elections elections, Organizations organizations, Members members,
                        ElectionIdentities identities, InspectionTargets targets, ObjectProvider<StageRoster> rosters,
                        CandidateRemovals removals, MeetingRecords meetings, StructureFeasibility feasibility,
                        PreliminaryStore store, Notices notices, AuditLog audit, ObjectMapper json) {
    this.elections = elections;
    this.organizations = organizations;
    this.members = members;
    this.identities = identities;
    this.targets = targets;
    this.rosters = rosters;
    this.removals = removals;
    this.meetings = meetings;
    this.feasibility = feasibility;
    this.store = store;
    this.notices = notices;
    this.audit = audit;
    this.json = json;
  }

  Election election(String electionId) {
    return elections.get(electionId);
  }

  /** The upper committee of the election's electoral unit (its parent organization): it holds both gates. */
  public String upperCommittee(String electionId) {
    return organizations.get(election(electionId).electoralUnitId()).parentId();
  }

  /**
   * The ballot: the initial candidates (the INITIAL_CANDIDATES stage's list, the first roster of that stage that
   * holds one) without the names removed since.
   */
  public List<String> initialCandidates(String electionId) {
    // looked up when needed: this stage's own roster is one of them
    List<String> initial = rosters.orderedStream().filter(r -> r.stage() == Stage.INITIAL_CANDIDATES)
        .map(r -> r.memberIds(electionId)).filter(l -> !l.isEmpty()).findFirst().orElse(List.of());
    return removals.remaining(electionId, initial);
  }

  // --- the briefing ---

  @Transactional
  public Briefing saveBriefing(String electionId, Briefing.Request request, String user) {
    election(electionId);
    List<Violation> violations = new ArrayList<>();
    if (request == null || request.heldOn() == null) {
      violations.add(Violation.of("heldOn", "REQUIRED", "heldOn：通报会日期不能为空"));
    } else if (request.heldOn().isAfter(LocalDate.now(CHINA))) {
      violations.add(Violation.of("heldOn", "HELD_ON_NOT_FUTURE", "heldOn：通报会日期 " + request.heldOn() + " 晚于今天"));
    }
    Set<Briefing.Group> missing = EnumSet.allOf(Briefing.Group.class);
    List<Briefing.Attendance> attendees = request == null || request.attendees() == null ? List.of()
        : request.attendees();
    for (int i = 0; i < attendees.size(); i++) {
      Briefing.Attendance a = attendees.get(i);
      String field = "attendees[" + i + "]";
      if (a == null || a.group() == null) {
        violations.add(Violation.of(field + ".group", "REQUIRED", field + ".group：须注明参加人员所属方面"));
      } else if (!missing.remove(a.group())) {
        violations.add(Violation.of(field + ".group", "GROUP_ONCE", field + ".group：" + a.group().label() + "重复列出"));
      } else if (a.count() == null || a.count() < 1) {
        violations.add(Violation.of(field + ".count", "ATTENDED", field + ".count：" + a.group().label()
            + "参加人数须至少 1 人"));
      }
    }
    missing.forEach(g -> violations.add(Violation.of("attendees", "GROUP_BRIEFED", "attendees：未登记"
        + g.label() + "参加通报会的情况（须向民主党派、工商联和无党派人士通报情况、听取意见）")));
    String opinions = request == null || request.opinions() == null ? "" : request.opinions().trim();
    if (opinions.isEmpty()) {
      violations.add(Violation.of("opinions", "REQUIRED", "opinions：须记录听取的意见（无意见的写明“无不同意见”）"));
    } else if (opinions.length() > 4000) {
      violations.add(Violation.of("opinions", "TOO_LONG", "opinions：意见不能超过 4000 字"));
    }
    refuse("通报情况未保存", violations);
    store.saveBriefing(electionId, request, user);
    audit.record(user, "PRELIMINARY_BRIEFING_SAVED", SUBJECT, electionId, "通报会 " + request.heldOn() + "："
        + attendees.stream().map(a -> a.group().label() + " " + a.count() + " 人").collect(Collectors.joining("、")));
    return store.briefing(electionId).orElseThrow();
  }

  public Optional<Briefing> briefing(String electionId) {
    return store.briefing(electionId);
  }

  /** The briefing task completes only once the briefing is recorded. */
  @Transactional
  public void completeBriefing(String electionId, String user) {
    Briefing b = store.briefing(electionId).orElseThrow(() -> new ValidationException("尚未登记通报情况",
        List.of(Violation.of("briefing", "BRIEFING_RECORDED", "尚未登记向民主党派、工商联和无党派人士通报情况、听取意见的记录"))));
    audit.record(user, "PRELIMINARY_BRIEFING_RECORDED", SUBJECT, electionId, "已向民主党派、工商联和无党派人士通报情况（"
        + b.heldOn() + "）：" + b.opinions());
  }

  // --- the plenary's circle vote ---

  @Transactional
  public void saveDraft(String electionId, MeetingDraft draft, String user) {
    store.saveDraft(electionId, draft == null ? new MeetingDraft(null, null, null, List.of()) : draft, user);
    audit.record(user, "PRELIMINARY_VOTE_DRAFT_SAVED", SUBJECT, electionId, "全委会表决结果草稿已保存");
  }

  public Optional<MeetingDraft> draft(String electionId) {
    return store.draft(electionId);
  }

  public Optional<Meeting> vote(String electionId) {
    return meetings.current(electionId, election(electionId).electoralUnitId(), KIND);
  }

  /** Records the plenary's vote from its draft after checking every rule; refuses (nothing changes) otherwise. */
  @Transactional
  public long recordVote(String electionId, String user) {
    Election election = election(electionId);
    MeetingDraft draft = store.draft(electionId).orElseThrow(() -> new ValidationException("尚无全委会表决结果",
        List.of(Violation.of("draft", "DRAFT_MISSING", "尚未填写全委会圈选的表决结果（应到、实到、各人选得票），不能提交"))));
    List<String> initial = initialCandidates(electionId);
    PreliminarySlate slate = slate(election, initial, draft.votes());
    List<Violation> violations = PreliminaryPolicies.check(slate, PreliminaryPolicies.all());
    refuse("代表候选人预备人选不符合规则，未保存", violations);
    List<RankedName> ballot = initial.stream().map(id -> new RankedName(id,
        Optional.ofNullable(slate.members().get(id)).map(Member::name).orElse(null), 0, 0)).toList();
    long meetingId = meetings.record(electionId, election.electoralUnitId(), KIND, draft, ballot, user);
    audit.record(user, "PRELIMINARY_VOTE_RECORDED", SUBJECT, electionId, "全委会圈选（会议记录 " + meetingId + "）确定 "
        + slate.selected().size() + " 名：" + slate.selected().stream().map(slate::person).collect(Collectors.joining("、")));
    return meetingId;
  }

  /** The second person confirms or rejects (with a reason) the pending record of the vote. */
  @Transactional
  public void decideVote(String electionId, String user, boolean confirmed, String reason) {
    Meeting meeting = vote(electionId).filter(m -> m.status() == MeetingStatus.RECORDED)
        .orElseThrow(() -> new ValidationException("没有待确认的全委会表决结果", List.of(Violation.of("meeting",
            "NOT_PENDING", "没有待确认的全委会表决结果"))));
    if (confirmed) meetings.confirm(meeting.id(), user);
    else meetings.reject(meeting.id(), user, reason);
    audit.record(user, confirmed ? "PRELIMINARY_VOTE_CONFIRMED" : "PRELIMINARY_VOTE_REJECTED", SUBJECT, electionId,
        "全委会表决结果（会议记录 " + meeting.id() + "）" + (confirmed ? "经第二人确认" : "被退回，理由：" + reason));
  }

  // --- filing and the two gates ---

  /** Files the confirmed vote's list with the upper committee's organization department for its preliminary review. */
  @Transactional
  public long file(String electionId, String user) {
    Election election = election(electionId);
    Meeting vote = vote(electionId).filter(m -> m.status() == MeetingStatus.CONFIRMED)
        .orElseThrow(() -> new ValidationException("全委会表决结果尚未确认", List.of(Violation.of("meeting",
            "VOTE_CONFIRMED", "全委会圈选的表决结果尚未经第二人确认，不能报送"))));
    ObjectNode roster = roster(election, vote);
    long id = store.insertFiling(electionId, vote.id(), roster, user);
    audit.record(user, "PRELIMINARY_CANDIDATES_FILED", SUBJECT, electionId, "报送代表候选人预备人选 "
        + vote.selectedMemberIds().size() + " 名，请上级党委组织部预审（报送 " + id + "）");
    return id;
  }

  public Optional<PreliminaryFiling> filing(String electionId) {
    return store.latestFiling(electionId);
  }

  /** Gate 1: the upper organization department's preliminary review passes or returns the list. */
  @Transactional
  public void review(String electionId, String user, Boolean passed, String reason) {
    gate(electionId, user, passed, reason, PreliminaryFiling.FILED, PreliminaryFiling.REVIEW_PASSED,
        PreliminaryFiling.GATE_REVIEW, "预审");
  }

  /** Gate 2: the upper committee approves or returns the reviewed list. */
  @Transactional
  public void approve(String electionId, String user, Boolean approved, String reason) {
    gate(electionId, user, approved, reason, PreliminaryFiling.REVIEW_PASSED, PreliminaryFiling.APPROVED,
        PreliminaryFiling.GATE_APPROVAL, "审批");
  }

  private void gate(String electionId, String user, Boolean pass, String reason, String from, String to, String gate,
                    String what) {
    if (pass == null) {
      throw new ValidationException("须选择同意或退回", List.of(Violation.of(
          PreliminaryFiling.GATE_APPROVAL.equals(gate) ? PreliminaryCandidatesProcess.APPROVED
              : PreliminaryCandidatesProcess.REVIEW_PASSED, "DECISION_GIVEN", "须选择同意或退回代表候选人预备人选")));
    }
    if (!pass && (reason == null || reason.isBlank())) {
      throw new ValidationException("退回须说明理由", List.of(Violation.of(PreliminaryCandidatesProcess.REASON,
          "RETURN_REASON", "退回代表候选人预备人选须说明理由")));
    }
    PreliminaryFiling filing = store.latestFiling(electionId).filter(f -> from.equals(f.status()))
        .orElseThrow(() -> new ValidationException("没有待" + what + "的报送", List.of(Violation.of("filing",
            "NOT_PENDING", "没有待" + what + "的代表候选人预备人选"))));
    if (pass) {
      // names removed since the vote (e.g. a confirmed discipline violation) are left out: the rest must still hold
      Election election = election(electionId);
      Meeting vote = meetings.get(filing.meetingId());
      List<String> standing = removals.remaining(electionId, vote.selectedMemberIds());
      List<MeetingVote> votes = vote.votes().stream().filter(v -> standing.contains(v.memberId()))
          .map(v -> new MeetingVote(v.memberId(), v.votes(), true, null)).toList();
      List<Violation> violations = PreliminaryPolicies.check(slate(election, standing, votes),
          PreliminaryPolicies.standing());
      refuse("取消资格后余下的预备人选不符合规则，须退回全委会重新圈选", violations);
    }
    boolean done = pass ? store.passGate(filing.id(), from, to, user)
        : store.returnAt(filing.id(), from, gate, user, reason.trim());
    if (!done) {
      throw new ValidationException("报送已处理", List.of(Violation.of("filing", "NOT_PENDING", "该报送已" + what)));
    }
    audit.record(user, "PRELIMINARY_" + gate + (pass ? "_PASSED" : "_RETURNED"), SUBJECT, electionId,
        "代表候选人预备人选（报送 " + filing.id() + "）" + what + (pass ? "：同意" : "：退回，理由：" + reason.trim()));
  }

  /** A return at either gate reopens the plenary vote: its records are superseded, the plenary votes again. */
  @Transactional
  public void reopenVote(String electionId) {
    Election election = election(electionId);
    String reason = store.latestFiling(electionId).map(f -> f.returnReason()).orElse("上级退回");
    int superseded = meetings.supersede(electionId, election.electoralUnitId(), KIND,
        "上级退回代表候选人预备人选：" + reason, "system");
    audit.record("system", "PRELIMINARY_VOTE_REOPENED", SUBJECT, electionId, "上级退回，原全委会表决结果作废（"
        + superseded + " 份会议记录），全委会重新圈选；理由：" + reason);
  }

  /** The approved list is the stage's list: five must-knows notice #4 to every branch of the electoral unit. */
  @Transactional
  public int announce(String electionId) {
    Election election = election(electionId);
    List<String> names = removals.remaining(electionId, approved(electionId));
    Organization unit = organizations.get(election.electoralUnitId());
    List<String> listed = names.stream().map(id -> members.find(id).map(Member::name).orElse(id)).toList();
    String order = "按姓氏笔画为序";
    try {
      listed = SurnameStrokeOrder.sorted(listed, n -> n);
    } catch (NameNotOrderableException e) {
      order = "按全委会表决顺序（" + e.getMessage() + "）";
    }
    String body = "经上级党委批准，" + unit.name() + "代表候选人预备人选 " + names.size() + " 名（" + order + "）："
        + String.join("、", listed);
    int sent = notices.toBranchesOf(NoticeKind.PRELIMINARY_CANDIDATES_FIXED, electionId, unit.path(),
        NoticeKind.PRELIMINARY_CANDIDATES_FIXED.label(), body);
    audit.record("system", "PRELIMINARY_CANDIDATES_ANNOUNCED", SUBJECT, electionId, "五必知：向 " + sent
        + " 个党支部通报代表候选人预备人选 " + names.size() + " 名");
    return sent;
  }

  /** Whether the list is with the upper committee (filed, passed or approved): a return makes it due again. */
  boolean filed(String electionId) {
    return store.latestFiling(electionId).filter(f -> !PreliminaryFiling.RETURNED.equals(f.status())).isPresent();
  }

  /** Before the schedule's deadline: a REMINDER notice to the electoral unit, unless its list is filed. */
  @Transactional
  public boolean remindIfNotFiled(String electionId) {
    if (filed(electionId)) return false;
    Election election = election(electionId);
    String due = election.deadline(ScheduleStep.PRELIMINARY_CANDIDATES).map(String::valueOf).orElse("");
    notices.toOrganization(NoticeKind.REMINDER, electionId, election.electoralUnitId(), "代表候选人预备人选报送截止提醒",
        "请于 " + due + " 前完成通报情况、全委会圈选并报上级党委组织部预审");
    audit.record("system", "PRELIMINARY_CANDIDATES_REMINDED", SUBJECT, electionId, "截止日期 " + due + "，尚未报送");
    return true;
  }

  /** After the schedule's deadline: a LATE notice to the upper committee naming the unit, unless its list is filed. */
  @Transactional
  public boolean reportLateIfNotFiled(String electionId) {
    if (filed(electionId)) return false;
    Election election = election(electionId);
    String due = election.deadline(ScheduleStep.PRELIMINARY_CANDIDATES).map(String::valueOf).orElse("");
    Organization unit = organizations.get(election.electoralUnitId());
    notices.toOrganization(NoticeKind.LATE, electionId, unit.parentId(), unit.name() + "代表候选人预备人选逾期未报送",
        unit.name() + "（" + unit.id() + "）应于 " + due + " 前报送代表候选人预备人选，至今未报送");
    audit.record("system", "PRELIMINARY_CANDIDATES_LATE", SUBJECT, electionId, "截止日期 " + due + "，逾期未报送，已告知上级");
    return true;
  }

  /** The approved list (removals not applied: readers apply them); empty until the upper committee approves. */
  public List<String> approved(String electionId) {
    return store.latestFiling(electionId).filter(f -> PreliminaryFiling.APPROVED.equals(f.status()))
        .map(f -> meetings.selected(f.meetingId())).orElse(List.of());
  }

  /** The approved list as readers see it: each name with whether (and why) it was removed since. */
  public List<Map<String, Object>> approvedWithRemovals(String electionId) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String id : approved(electionId)) {
      Map<String, Object> row = new java.util.LinkedHashMap<>();
      row.put("memberId", id);
      row.put("name", members.find(id).map(Member::name).orElse(null));
      Optional<Removal> removal = removals.find(electionId, id);
      row.put("removed", removal.isPresent());
      removal.ifPresent(r -> row.put("removal", r));
      rows.add(row);
    }
    return rows;
  }

  // --- the slate the rules judge, and the filed roster ---

  PreliminarySlate slate(Election election, List<String> initial, List<MeetingVote> votes) {
    List<String> everyone = new ArrayList<>(initial);
    if (votes != null) votes.stream().filter(v -> v != null && v.memberId() != null).forEach(v -> everyone.add(v.memberId()));
    Map<String, Member> known = new HashMap<>();
    everyone.stream().distinct().forEach(id -> members.find(id).ifPresent(m -> known.put(id, m)));
    Map<String, String> removed = new HashMap<>();
    removals.all(election.id()).forEach(r -> removed.put(r.memberId(), r.reason()));
    return new PreliminarySlate(election, initial, removed, votes, known, categories(election, known.keySet()),
        localShares(election));
  }

  /** The election's identity definition where assigned, else the category the recommending unit filed. */
  private Map<String, String> categories(Election election, Set<String> ids) {
    Map<String, String> categories = new HashMap<>();
    for (PoolEntry p : targets.pool(election.id())) {
      if (ids.contains(p.memberId()) && p.identityCategory() != null) categories.put(p.memberId(), p.identityCategory());
    }
    categories.putAll(identities.categoriesOf(election.id(), ids));
    return categories;
  }

  /** Shares among the unit's members, read only when some delegate rule compares with them. */
  private Map<String, Share> localShares(Election election) {
    var rules = election.rules(RuleScope.DELEGATES);
    if (StructureEvaluator.localShares(rules, List.of(), election.electionDate()).isEmpty()) return Map.of();
    String path = organizations.get(election.electoralUnitId()).path();
    List<Member> local = new ArrayList<>();
    int offset = 0;
    List<Member> page;
    do {
      page = members.search(path, "", offset, PAGE);
      local.addAll(page);
      offset += page.size();
    } while (page.size() == PAGE);
    return StructureEvaluator.localShares(rules, local, election.electionDate());
  }

  private ObjectNode roster(Election election, Meeting vote) {
    List<String> chosen = vote.selectedMemberIds();
    Map<String, Integer> votes = new HashMap<>();
    vote.votes().forEach(v -> votes.put(v.memberId(), v.votes()));
    PreliminarySlate slate = slate(election, chosen, List.of());
    ObjectNode roster = json.createObjectNode();
    roster.put("electionId", election.id()).put("electoralUnitId", election.electoralUnitId())
        .put("seats", election.seats()).put("count", chosen.size()).put("meetingId", vote.id())
        .put("expected", vote.expected()).put("present", vote.present()).put("recordedBy", vote.recordedBy())
        .put("confirmedBy", vote.confirmedBy());
    store.briefing(election.id()).ifPresent(b -> roster.set("briefing", json.valueToTree(b)));
    ArrayNode rows = roster.putArray("candidates");
    List<CategorizedMember> categorized = new ArrayList<>();
    int order = 1;
    for (String id : chosen) {
      ObjectNode row = rows.addObject().put("order", order++).put("memberId", id).put("votes", votes.get(id));
      Member m = slate.members().get(id);
      String category = slate.categories().get(id);
      if (m == null) continue;
      row.put("name", m.name()).put("gender", m.gender() == null ? null : m.gender().name())
          .put("ethnicity", m.ethnicity()).put("birthDate", String.valueOf(m.birthDate()))
          .put("ageAtElection", m.birthDate() == null ? null : m.ageOn(election.electionDate()))
          .put("category", category)
          .put("categoryName", category == null ? null
              : election.category(category).map(IdentityCategory::name).orElse(null));
      if (category != null) categorized.add(new CategorizedMember(m, category));
    }
    if (categorized.size() == chosen.size() && !chosen.isEmpty()) {
      FeasibilityReport report = feasibility.check(election, categorized, slate.localShares());
      roster.put("structureFeasible", report.feasible());
      roster.set("pivotal", json.valueToTree(report.pivotal()));
      roster.set("structureWarnings", json.valueToTree(report.warnings()));
    }
    return roster;
  }

  private static void refuse(String message, List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new ValidationException(message + "：" + violations.stream().map(Violation::message)
          .collect(Collectors.joining("；")), violations);
    }
  }
}
