package cn.congress.nomination.nomination.unit;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.ElectionIdentities;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.fanout.FanOuts;
import cn.congress.nomination.meeting.Meeting;
import cn.congress.nomination.meeting.MeetingDraft;
import cn.congress.nomination.meeting.MeetingKind;
import cn.congress.nomination.meeting.MeetingRecords;
import cn.congress.nomination.meeting.MeetingStatus;
import cn.congress.nomination.meeting.MeetingVote;
import cn.congress.nomination.meeting.RankedName;
import cn.congress.nomination.nomination.AgeLimits;
import cn.congress.nomination.nomination.branch.BranchState;
import cn.congress.nomination.nomination.branch.BranchSubmissions;
import cn.congress.nomination.nomination.unit.UnitListCheck.Entry;
import cn.congress.nomination.nomination.unit.UnitLists.FiledName;
import cn.congress.nomination.notice.NoticeKind;
import cn.congress.nomination.notice.Notices;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.SystemCalls;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommending unit's nomination: its branches, the committees' and the unit's meeting records over the ranking of
 * support, the unit's list and its materials. Called by the process (bean {@code unitNominations}, delegates, the task
 * check) and by the API; every rule is checked here. See docs/unit-nomination.md.
 */
@Service("unitNominations")
public class UnitNominations {

  static final String SUBMITTED = "SUBMITTED";

  private final Organizations organizations;
  private final Members members;
  private final Elections elections;
  private final ElectionIdentities identities;
  private final MeetingRecords meetings;
  private final BranchSubmissions branches;
  private final FanOuts fanOuts;
  private final Notices notices;
  private final UnitLists lists;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final ListCountMode countMode;

  UnitNominations(Organizations organizations, Members members, Elections elections, ElectionIdentities identities,
                  MeetingRecords meetings, BranchSubmissions branches, FanOuts fanOuts, Notices notices, UnitLists lists,
                  TaskService taskService, IdentityService identityService,
                  @Value("${nomination.unit-list.count-mode:EXACT}") ListCountMode countMode) {
    this.organizations = organizations;
    this.members = members;
    this.elections = elections;
    this.identities = identities;
    this.meetings = meetings;
    this.branches = branches;
    this.fanOuts = fanOuts;
    this.notices = notices;
    this.lists = lists;
    this.taskService = taskService;
    this.identityService = identityService;
    this.countMode = countMode;
  }

  // ---- the process's expressions and delegates

  /** The committees directly under the unit (few per unit): each selects for its own subtree. */
  public List<String> committeesOf(String unitId) {
    return organizations.children(unitId).stream().filter(o -> o.type() == OrganizationType.COMMITTEE)
        .map(Organization::id).toList();
  }

  public boolean hasCommittees(String unitId) {
    return !committeesOf(unitId).isEmpty();
  }

  public boolean committeeMeetingConfirmed(String electionId, String committeeId) {
    return status(electionId, committeeId, MeetingKind.COMMITTEE_SELECTION) == MeetingStatus.CONFIRMED;
  }

  public boolean unitMeetingConfirmed(String electionId, String unitId) {
    return status(electionId, unitId, MeetingKind.UNIT_SELECTION) == MeetingStatus.CONFIRMED;
  }

  /** Opens the fan-out to every branch of the unit's subtree (idempotent: a retried job changes nothing). */
  public int startBranches(String electionId, String unitId, String processInstanceId) {
    return fanOuts.openForSubtree(RecommendingUnitProcess.branchesFanOutId(electionId, unitId), electionId,
        processInstanceId, RecommendingUnitProcess.MESSAGE_BRANCHES_SUBMITTED, RecommendingUnitProcess.BRANCH_PROCESS_KEY,
        organizations.get(unitId).path(), OrganizationType.BRANCH);
  }

  /** A reminder to every branch of the unit that has not submitted yet; returns how many were reminded. */
  public int remindLateBranches(String electionId, String unitId) {
    Organization unit = organizations.get(unitId);
    List<BranchState> late = branches.states(electionId, unit.path()).stream()
        .filter(b -> !SUBMITTED.equals(b.status())).toList();
    for (BranchState b : late) {
      notices.toOrganization(NoticeKind.REMINDER, electionId, b.branchId(), "推荐提名即将截止",
          unit.name() + "提醒：" + b.name() + "尚未报送党支部推荐提名结果，请在截止日期前召开党员大会并报送。");
    }
    return late.size();
  }

  public int notifyBranchNomineesFixed(String electionId, String unitId) {
    Organization unit = organizations.get(unitId);
    return notices.toBranchesOf(NoticeKind.BRANCH_NOMINEES_FIXED, electionId, unit.path(), "党支部推荐人选已确定",
        unit.name() + "已审核各党支部推荐提名情况，党支部推荐人选已确定，请向党员通报（五必知之一）。");
  }

  public int notifyUnitSelectionFixed(String electionId, String unitId) {
    Organization unit = organizations.get(unitId);
    Meeting meeting = meetings.current(electionId, unitId, MeetingKind.UNIT_SELECTION)
        .filter(m -> m.status() == MeetingStatus.CONFIRMED).orElseThrow(() -> new IllegalStateException(
            "推荐单位 " + unitId + " 没有已确认的党委会议记录"));
    String names = meeting.votes().stream().filter(Meeting.Vote::selected)
        .map(v -> v.name() == null ? v.memberId() : v.name()).collect(Collectors.joining("、"));
    return notices.toBranchesOf(NoticeKind.UNIT_SELECTION_FIXED, electionId, unit.path(), "推荐单位推荐人选已确定",
        unit.name() + "党委会议确定的推荐人选：" + names + "。请向党员通报（五必知之二）。");
  }

  // ---- reading

  public List<BranchState> branchStates(String electionId, String organizationId) {
    return branches.states(electionId, organizations.get(organizationId).path());
  }

  public List<RankedName> committeeRanking(String electionId, String committeeId) {
    return branches.ranking(electionId, organizations.get(committeeId).path());
  }

  /**
   * The unit's ranking over its subtree; where the unit has committees, a name backed only within committees stays
   * only if one of them selected it (names backed by a branch directly under the unit stay).
   */
  public List<RankedName> unitRanking(String electionId, String unitId) {
    List<RankedName> all = branches.ranking(electionId, organizations.get(unitId).path());
    List<String> committees = committeesOf(unitId);
    if (committees.isEmpty()) return all;
    Map<String, Integer> branchesInCommittees = new HashMap<>();
    Set<String> selectedByCommittees = new LinkedHashSet<>();
    for (String c : committees) {
      committeeRanking(electionId, c).forEach(r -> branchesInCommittees.merge(r.memberId(), r.branches(), Integer::sum));
      meetings.current(electionId, c, MeetingKind.COMMITTEE_SELECTION)
          .filter(m -> m.status() == MeetingStatus.CONFIRMED)
          .ifPresent(m -> selectedByCommittees.addAll(m.selectedMemberIds()));
    }
    return all.stream().filter(r -> selectedByCommittees.contains(r.memberId())
        || r.branches() > branchesInCommittees.getOrDefault(r.memberId(), 0)).toList();
  }

  /** A name the unit's meeting may select: its support and rank, its assigned identity category and cadre level. */
  public record Candidate(int rank, String memberId, String name, int branches, int members, String identityCategory,
                          String identityCategoryName, String cadreLevel) {}

  /** The unit's ranking with what the meeting needs to keep the list's composition in view. */
  public List<Candidate> unitCandidates(String electionId, String unitId) {
    Election election = elections.get(electionId);
    List<RankedName> ranking = unitRanking(electionId, unitId);
    Map<String, String> assigned = identities.categoriesOf(electionId, ranking.stream().map(RankedName::memberId).toList());
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < ranking.size(); i++) {
      RankedName r = ranking.get(i);
      String category = assigned.get(r.memberId());
      candidates.add(new Candidate(i + 1, r.memberId(), r.name(), r.branches(), r.members(), category,
          category == null ? null : election.category(category).map(c -> c.name()).orElse(category),
          members.find(r.memberId()).map(m -> m.cadreLevel().name()).orElse(null)));
    }
    return candidates;
  }

  /** How many names the unit's list must hold, and whether exactly. */
  public record ListRequirement(int seats, int names, boolean exact, List<String> composition) {}

  public ListRequirement requirement(String electionId, String unitId) {
    Election election = elections.get(electionId);
    return new ListRequirement(election.seatsOf(unitId).orElse(0),
        election.seatsOf(unitId).isPresent() ? election.requiredNamesOf(unitId) : 0, countMode == ListCountMode.EXACT,
        election.rules(cn.congress.nomination.election.RuleScope.RECOMMENDATION_LIST).stream()
            .map(r -> r.label() + r.describe()).toList());
  }

  public Optional<Meeting> meeting(String electionId, String organizationId, MeetingKind kind) {
    return meetings.current(electionId, organizationId, kind);
  }

  // ---- meetings

  @Transactional
  public Meeting recordCommitteeMeeting(String electionId, String committeeId, MeetingDraft draft, String by) {
    requireTask(electionId, unitOf(committeeId), RecommendingUnitProcess.TASK_RECORD_COMMITTEE_MEETING, committeeId,
        "录入会议记录");
    long id = meetings.record(electionId, committeeId, MeetingKind.COMMITTEE_SELECTION, draft,
        committeeRanking(electionId, committeeId), by);
    return meetings.get(id);
  }

  /**
   * Records the unit's meeting; its selection is also held to the unit list's rules (count, identity, eligibility,
   * composition), all violations in one error. {@code categories} gives identity categories for names the election
   * has none assigned for.
   */
  @Transactional
  public Meeting recordUnitMeeting(String electionId, String unitId, MeetingDraft draft, Map<String, String> categories,
                                   String by) {
    requireTask(electionId, unitId, RecommendingUnitProcess.TASK_RECORD_UNIT_MEETING, unitId, "录入会议记录");
    List<String> selected = draft == null || draft.votes() == null ? List.of() : draft.votes().stream()
        .filter(v -> v != null && v.selected() && v.memberId() != null).map(MeetingVote::memberId).toList();
    List<Violation> listViolations = new ArrayList<>(categoryConflicts(electionId, selected, categories));
    listViolations.addAll(UnitListRules.check(listCheck(electionId, unitId, selected, categories)));
    long id;
    try {
      id = meetings.record(electionId, unitId, MeetingKind.UNIT_SELECTION, draft, unitRanking(electionId, unitId), by);
    } catch (ValidationException e) {
      List<Violation> all = new ArrayList<>(e.violations());
      all.addAll(listViolations);
      throw new ValidationException(e.getMessage(), all);
    }
    if (!listViolations.isEmpty()) {
      throw new ValidationException("推荐单位党委会议确定的人选不符合推荐人选名单的要求，未保存", listViolations);
    }
    return meetings.get(id);
  }

  @Transactional
  public Meeting confirm(String electionId, String organizationId, MeetingKind kind, String by) {
    requireConfirmTask(electionId, organizationId, kind);
    Meeting m = pending(electionId, organizationId, kind);
    meetings.confirm(m.id(), by);
    return meetings.get(m.id());
  }

  @Transactional
  public Meeting reject(String electionId, String organizationId, MeetingKind kind, String by, String reason) {
    requireConfirmTask(electionId, organizationId, kind);
    Meeting m = pending(electionId, organizationId, kind);
    meetings.reject(m.id(), by, reason);
    return meetings.get(m.id());
  }

  // ---- the list

  /** A name as the filing gives it: the member and the identity category they are counted under. */
  public record ListName(String memberId, String identityCategory) {}

  /**
   * Files the unit's list: the names its confirmed meeting selected (in the order of the votes), each with an identity
   * category, held to {@link UnitListRules}, with the work summary. Nothing changes when a rule is broken.
   */
  @Transactional
  public UnitLists.UnitList file(String electionId, String unitId, String workSummary, List<ListName> names, String by) {
    requireTask(electionId, unitId, RecommendingUnitProcess.TASK_FILE_UNIT_LIST, unitId, "报送推荐人选名单");
    List<Violation> violations = new ArrayList<>();
    Optional<Meeting> meeting = meetings.current(electionId, unitId, MeetingKind.UNIT_SELECTION)
        .filter(m -> m.status() == MeetingStatus.CONFIRMED);
    if (meeting.isEmpty()) {
      violations.add(Violation.of("meeting", "SELECTION_CONFIRMED", "meeting：推荐单位党委会议记录尚未经另一人确认，不能报送"));
      throw new ValidationException("推荐人选名单不能报送", violations);
    }
    List<Meeting.Vote> selectedVotes = meeting.get().votes().stream().filter(Meeting.Vote::selected)
        .sorted(Comparator.comparingInt(Meeting.Vote::votes).reversed()
            .thenComparing(Comparator.comparingInt(Meeting.Vote::branches).reversed())
            .thenComparing(Comparator.comparingInt(Meeting.Vote::members).reversed()))
        .toList();
    Map<String, String> given = new LinkedHashMap<>();
    if (names != null) {
      for (int i = 0; i < names.size(); i++) {
        ListName n = names.get(i);
        if (n == null || n.memberId() == null) continue;
        given.put(n.memberId(), n.identityCategory() == null || n.identityCategory().isBlank() ? null
            : n.identityCategory().trim());
        if (selectedVotes.stream().noneMatch(v -> v.memberId().equals(n.memberId()))) {
          violations.add(Violation.of("names[" + i + "].memberId", "LIST_MATCHES_SELECTION", "names[" + i
              + "].memberId：" + person(n.memberId()) + " 不是推荐单位党委会议确定的人选，不能列入名单"));
        }
      }
    }
    if (workSummary == null || workSummary.isBlank()) {
      violations.add(Violation.of("workSummary", "REQUIRED", "workSummary：推荐工作总结不能为空"));
    }
    List<String> ids = selectedVotes.stream().map(Meeting.Vote::memberId).toList();
    Map<String, String> categories = new HashMap<>();
    given.forEach((k, v) -> {
      if (v != null) categories.put(k, v);
    });
    violations.addAll(categoryConflicts(electionId, ids, categories));
    UnitListCheck check = listCheck(electionId, unitId, ids, categories);
    violations.addAll(UnitListRules.check(check));
    if (!violations.isEmpty()) {
      throw new ValidationException("推荐人选名单不符合规则（" + violations.stream().map(Violation::rule).distinct()
          .collect(Collectors.joining("、")) + "），未报送", violations);
    }
    List<FiledName> filed = new ArrayList<>();
    for (int i = 0; i < selectedVotes.size(); i++) {
      Meeting.Vote v = selectedVotes.get(i);
      filed.add(new FiledName(unitId, v.memberId(), i + 1, check.entries().get(i).category(), v.branches(),
          v.members()));
    }
    lists.store(electionId, unitId, meeting.get().id(), workSummary.trim(), filed, by);
    return lists.find(electionId, unitId).orElseThrow();
  }

  public Optional<UnitLists.UnitList> list(String electionId, String unitId) {
    return lists.find(electionId, unitId);
  }

  public boolean isFiled(String electionId, String unitId) {
    return lists.isFiled(electionId, unitId);
  }

  // ---- the process's task checks

  Optional<Meeting> pendingOrDecided(String electionId, String organizationId, MeetingKind kind) {
    return meetings.current(electionId, organizationId, kind);
  }

  /** The branches of the unit that are not SUBMITTED: none may be left when the review completes. */
  List<BranchState> unsubmitted(String electionId, String unitId) {
    return branchStates(electionId, unitId).stream().filter(b -> !SUBMITTED.equals(b.status())).toList();
  }

  void applyDecision(long meetingId, String decision, String reason, String by) {
    if (RecommendingUnitProcess.DECISION_CONFIRM.equals(decision)) meetings.confirm(meetingId, by);
    else if (RecommendingUnitProcess.DECISION_REJECT.equals(decision)) meetings.reject(meetingId, by, reason);
    else throw new ValidationException("确认意见无效", List.of(Violation.of("meetingDecision", "DECISION_GIVEN",
        "meetingDecision：确认意见须为 CONFIRM（确认）或 REJECT（退回），收到 " + decision)));
  }

  // ---- helpers

  private MeetingStatus status(String electionId, String organizationId, MeetingKind kind) {
    return meetings.current(electionId, organizationId, kind).map(Meeting::status).orElse(null);
  }

  private Meeting pending(String electionId, String organizationId, MeetingKind kind) {
    return meetings.current(electionId, organizationId, kind).filter(m -> m.status() == MeetingStatus.RECORDED)
        .orElseThrow(() -> new ValidationException("没有待确认的会议记录", List.of(Violation.of("meeting",
            "NOT_PENDING", "meeting：" + kind.label() + "没有待确认的会议记录"))));
  }

  /** The recommending unit a committee belongs to (the unit's process runs its committees' tasks). */
  String unitOf(String organizationId) {
    Organization org = organizations.get(organizationId);
    while (org.type() != OrganizationType.RECOMMENDING_UNIT) {
      if (org.parentId() == null) throw new IllegalArgumentException("组织 " + organizationId + " 不属于任何推荐单位");
      org = organizations.get(org.parentId());
    }
    return org.id();
  }

  private void requireConfirmTask(String electionId, String organizationId, MeetingKind kind) {
    if (kind == MeetingKind.COMMITTEE_SELECTION) {
      requireTask(electionId, unitOf(organizationId), RecommendingUnitProcess.TASK_CONFIRM_COMMITTEE_MEETING,
          organizationId, "确认会议记录");
    } else {
      requireTask(electionId, organizationId, RecommendingUnitProcess.TASK_CONFIRM_UNIT_MEETING, organizationId,
          "确认会议记录");
    }
  }

  /** The step must be open: its task waits in the unit's process for the organization's group. */
  private void requireTask(String electionId, String unitId, String taskKey, String group, String what) {
    long open = SystemCalls.asSystem(identityService, () -> taskService.createTaskQuery()
        .processInstanceBusinessKey(RecommendingUnitProcess.businessKey(electionId, unitId))
        .taskDefinitionKey(taskKey).taskCandidateGroup(group).includeAssignedTasks().count());
    if (open == 0) {
      throw new ValidationException("当前不在“" + what + "”环节", List.of(Violation.of("step", "NOT_AT_STEP",
          "step：" + group + " 当前没有待办的“" + what + "”任务（" + taskKey + "），不能" + what)));
    }
  }

  Optional<Task> openTask(String electionId, String unitId, String taskKey, String group) {
    return SystemCalls.asSystem(identityService, () -> taskService.createTaskQuery()
        .processInstanceBusinessKey(RecommendingUnitProcess.businessKey(electionId, unitId))
        .taskDefinitionKey(taskKey).taskCandidateGroup(group).includeAssignedTasks().list().stream().findFirst());
  }

  private List<Violation> categoryConflicts(String electionId, List<String> memberIds, Map<String, String> given) {
    if (given == null || given.isEmpty()) return List.of();
    Map<String, String> assigned = identities.categoriesOf(electionId, memberIds);
    List<Violation> violations = new ArrayList<>();
    for (String id : memberIds) {
      String a = assigned.get(id);
      String g = given.get(id);
      if (a != null && g != null && !a.equals(g)) {
        violations.add(Violation.of("identityCategories." + id, "IDENTITY_MATCHES_ASSIGNMENT", "identityCategories."
            + id + "：" + person(id) + " 已界定为 " + a + "，不能按 " + g + " 统计（每人只有一个主要身份）"));
      }
    }
    return violations;
  }

  UnitListCheck listCheck(String electionId, String unitId, List<String> memberIds, Map<String, String> given) {
    Election election = elections.get(electionId);
    Organization electoralUnit = organizations.get(election.electoralUnitId());
    Map<String, String> assigned = identities.categoriesOf(electionId, memberIds);
    Map<String, String> pathOfOrg = new HashMap<>();
    List<Entry> entries = new ArrayList<>();
    for (String id : memberIds) {
      Optional<Member> m = members.find(id);
      String path = m.map(member -> pathOfOrg.computeIfAbsent(member.organizationId(),
          org -> organizations.find(org).map(Organization::path).orElse(null))).orElse(null);
      String category = assigned.getOrDefault(id, given == null ? null : given.get(id));
      entries.add(new Entry(id, m.orElse(null), path, category));
    }
    return new UnitListCheck(election, unitId, electoralUnit.path(), entries, countMode, AgeLimits.ADULT, Map.of());
  }

  String person(String memberId) {
    return members.find(memberId).map(m -> m.name() + "（" + memberId + "）").orElse(memberId);
  }
}
