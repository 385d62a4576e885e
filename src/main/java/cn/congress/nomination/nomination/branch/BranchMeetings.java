package cn.congress.nomination.nomination.branch;

import cn.congress.nomination.audit.AuditLog;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.ElectionIdentities;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.election.IdentityCategory;
import cn.congress.nomination.fanout.FanOutIds;
import cn.congress.nomination.fanout.FanOuts;
import cn.congress.nomination.nomination.MajorityRule;
import cn.congress.nomination.nomination.ParticipationChannel;
import cn.congress.nomination.nomination.ParticipationRates;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.CadreLevel;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.NotFoundException;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.SystemCalls;
import cn.congress.nomination.security.Viewer;
import java.time.Instant;
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
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The branch's nomination: the meeting record (saved while open, checked again on submission, locked once submitted),
 * sending it back from above, the must-knows, and the member picker. Rules live in {@link MeetingCheck} and the
 * nomination package; this class decides who may do what and when.
 */
@Service
class BranchMeetings {

  static final String SUBJECT = "BRANCH_NOMINATION";
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final int PICKER_LIMIT = 20;
  /** Who may send a branch's record back: managing roles of an organization above the branch; never supervision. */
  private static final Set<Role> SEND_BACK_ROLES = EnumSet.of(Role.COMMITTEE_STAFF, Role.ORGANIZATION_DEPARTMENT,
      Role.STANDING_COMMITTEE, Role.UPPER_COMMITTEE, Role.ADMIN);

  private final BranchRecords records;
  private final MeetingCheck check;
  private final BranchRules rules;
  private final Elections elections;
  private final ElectionIdentities identities;
  private final Organizations organizations;
  private final Members members;
  private final FanOuts fanOuts;
  private final AuditLog audit;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;

  BranchMeetings(BranchRecords records, MeetingCheck check, BranchRules rules, Elections elections,
                 ElectionIdentities identities, Organizations organizations, Members members, FanOuts fanOuts,
                 AuditLog audit, RuntimeService runtimeService, TaskService taskService,
                 IdentityService identityService) {
    this.records = records;
    this.check = check;
    this.rules = rules;
    this.elections = elections;
    this.identities = identities;
    this.organizations = organizations;
    this.members = members;
    this.fanOuts = fanOuts;
    this.audit = audit;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  // ---- reading

  @Transactional(readOnly = true)
  public BranchView read(String electionId, String branchId, Viewer viewer) {
    Election election = election(electionId);
    Organization branch = branch(election, branchId);
    viewer.requireRead(branch);
    return view(election, branch);
  }

  // ---- the meeting record

  @Transactional
  public BranchView save(String electionId, String branchId, MeetingRequest request, Viewer viewer) {
    Election election = election(electionId);
    Organization branch = branch(election, branchId);
    requireBranchUser(viewer, branch, "填报");
    Optional<BranchRecords.Submission> existing = records.find(electionId, branchId);
    existing.filter(s -> BranchRecords.SUBMITTED.equals(s.status())).ifPresent(s -> {
      throw locked(branch);
    });
    MeetingCheck.Result result = check.check(request, election);
    if (!result.valid()) throw new ValidationException("党员大会记录有误，未保存", result.violations());
    int expected = request.expected();
    int educated = request.educated();
    if (existing.isEmpty()) {
      try {
        records.insertDraft(electionId, branchId, expected, request.participants(), educated, viewer.userId());
      } catch (DuplicateKeyException e) {
        throw new BranchConflictException("党支部 " + branch.name() + " 的记录刚被他人保存，请刷新后再试");
      }
    } else if (!records.updateDraft(electionId, branchId, existing.get().version(), expected, request.participants(),
        educated, viewer.userId())) {
      throw new BranchConflictException("党支部 " + branch.name() + " 的记录已被他人修改或已提交，请刷新后再试");
    }
    records.replaceNominees(electionId, branchId, nominees(request, result.categories()));
    audit.record(viewer.userId(), "BRANCH_MEETING_SAVED", SUBJECT, BranchNominationProcess.businessKey(electionId,
        branchId), describe(request));
    return view(election, branch);
  }

  /**
   * Submits the saved record when the branch's task completes: every rule is checked again on the data as it is now;
   * refused with every violation (nothing changes), otherwise SUBMITTED and locked.
   */
  @Transactional
  public void submit(String electionId, String branchId, String actor) {
    Election election = election(electionId);
    Organization branch = branch(election, branchId);
    BranchRecords.Submission saved = records.find(electionId, branchId).orElseThrow(() -> refused(List.of(
        Violation.of("meeting", "RECORD_SAVED", "meeting：党支部 " + branch.name() + " 尚未保存党员大会记录，请先填写并保存"))));
    if (BranchRecords.SUBMITTED.equals(saved.status())) throw locked(branch);
    List<BranchRecords.Nominee> nominees = records.nominees(electionId, branchId);
    MeetingRequest request = new MeetingRequest(saved.expected(), saved.participants(), saved.educated(),
        nominees.stream().map(n -> new MeetingRequest.NomineeRow(n.memberId(), n.votes(), n.fullMemberVotes(),
            n.category())).toList());
    MeetingCheck.Result result = check.check(request, election);
    if (!result.valid()) throw refused(result.violations());
    // the majority rule may have been configured anew since the record was saved
    records.replaceNominees(electionId, branchId, nominees(request, result.categories()));
    if (!records.markSubmitted(electionId, branchId, saved.version(), actor)) {
      throw new BranchConflictException("党支部 " + branch.name() + " 的记录已被他人修改或已提交，请刷新后再试");
    }
    audit.record(actor, "BRANCH_SUBMITTED", SUBJECT, BranchNominationProcess.businessKey(electionId, branchId),
        describe(request));
  }

  /** Completes the branch's meeting task as the caller (the engine checks the caller's authorization on the task). */
  @Transactional
  public BranchView submitTask(String electionId, String branchId, Viewer viewer) {
    Election election = election(electionId);
    Organization branch = branch(election, branchId);
    requireBranchUser(viewer, branch, "提交");
    Task task = taskService.createTaskQuery().processDefinitionKey(BranchNominationProcess.KEY)
        .processInstanceBusinessKey(BranchNominationProcess.businessKey(electionId, branchId))
        .taskDefinitionKey(BranchNominationProcess.TASK_RECORD_BRANCH_MEETING).singleResult();
    if (task == null) {
      records.find(electionId, branchId).filter(s -> BranchRecords.SUBMITTED.equals(s.status())).ifPresent(s -> {
        throw locked(branch);
      });
      throw new BranchConflictException("党支部 " + branch.name() + " 没有待提交的党员大会填报任务");
    }
    try {
      taskService.complete(task.getId());
    } catch (ProcessEngineException e) {
      // the engine wraps what the completion listener threw: answer with the rule's own exception (422, 403, 409)
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
      if (cause instanceof ValidationException || cause instanceof AccessDeniedException
          || cause instanceof BranchConflictException) {
        throw (RuntimeException) cause;
      }
      throw e;
    }
    return view(election, branch);
  }

  /** Reopens a submitted record from above, with a reason: the branch's process goes back to its meeting task. */
  @Transactional
  public BranchView sendBack(String electionId, String branchId, String reason, Viewer viewer) {
    Election election = election(electionId);
    Organization branch = branch(election, branchId);
    requireAncestorManager(viewer, branch);
    if (reason == null || reason.isBlank()) {
      throw new ValidationException("退回理由不能为空",
          List.of(Violation.of("reason", "REQUIRED", "reason：退回党支部 " + branch.name() + " 的记录必须填写退回理由")));
    }
    if (reason.length() > 1000) {
      throw new ValidationException("退回理由过长",
          List.of(Violation.of("reason", "MAX_LENGTH", "reason：退回理由不能超过 1000 字")));
    }
    BranchRecords.Submission saved = records.find(electionId, branchId)
        .filter(s -> BranchRecords.SUBMITTED.equals(s.status()))
        .orElseThrow(() -> new BranchConflictException("党支部 " + branch.name() + " 尚未提交推荐提名，不能退回"));
    String key = BranchNominationProcess.businessKey(electionId, branchId);
    ProcessInstance instance = SystemCalls.asSystem(identityService, () -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(BranchNominationProcess.KEY).processInstanceBusinessKey(key).active().singleResult());
    boolean waiting = instance != null && SystemCalls.asSystem(identityService, () -> runtimeService
        .createEventSubscriptionQuery().processInstanceId(instance.getId()).eventType("message")
        .eventName(BranchNominationProcess.MESSAGE_BRANCH_SENT_BACK).count() > 0);
    if (!waiting) {
      throw new BranchConflictException("党支部 " + branch.name()
          + " 的推荐提名正在报送推荐单位或推荐人选已确定，现在不能退回");
    }
    if (!records.markSentBack(electionId, branchId, saved.version(), reason.trim(), viewer.userId())) {
      throw new BranchConflictException("党支部 " + branch.name() + " 的记录已被他人修改，请刷新后再试");
    }
    String fanOutId = SystemCalls.asSystem(identityService, () -> (String) runtimeService.getVariable(instance.getId(),
        BranchNominationProcess.VAR_FAN_OUT_ID));
    fanOuts.reopen(fanOutId != null ? fanOutId
        : FanOutIds.branches(electionId, recommendingUnitOf(branch)), branchId);
    SystemCalls.asSystem(identityService, () -> runtimeService
        .createMessageCorrelation(BranchNominationProcess.MESSAGE_BRANCH_SENT_BACK)
        .processInstanceId(instance.getId()).correlateWithResult());
    audit.record(viewer.userId(), "BRANCH_SENT_BACK", SUBJECT, key, reason.trim());
    return view(election, branch);
  }

  // ---- five must-knows

  @Transactional
  public List<BranchView.MustKnowView> confirmMustKnow(String electionId, String branchId, MustKnowRequest request,
                                                       Viewer viewer) {
    Election election = election(electionId);
    Organization branch = branch(election, branchId);
    requireBranchUser(viewer, branch, "确认五必知");
    Optional<BranchRecords.Submission> submitted = records.find(electionId, branchId)
        .filter(s -> BranchRecords.SUBMITTED.equals(s.status()));
    List<Violation> violations = new ArrayList<>();
    if (submitted.isEmpty()) {
      violations.add(Violation.of("meeting", "SUBMITTED", "meeting：党支部 " + branch.name()
          + " 尚未提交推荐提名，不能确认五必知"));
    }
    if (request.kind() == null) violations.add(Violation.of("kind", "REQUIRED", "kind：通报事项不能为空"));
    LocalDate today = LocalDate.now(ZONE);
    if (request.toldOn() == null) {
      violations.add(Violation.of("toldOn", "REQUIRED", "toldOn：通报日期不能为空"));
    } else if (request.toldOn().isAfter(today)) {
      violations.add(Violation.of("toldOn", "NOT_IN_FUTURE",
          "toldOn：通报日期 " + request.toldOn() + " 不能晚于今天 " + today));
    }
    if (request.channel() == null) violations.add(Violation.of("channel", "REQUIRED", "channel：通报方式不能为空"));
    if (request.membersTold() == null) {
      violations.add(Violation.of("membersTold", "REQUIRED", "membersTold：知晓党员人数不能为空"));
    } else if (request.membersTold() < 1) {
      violations.add(Violation.of("membersTold", "AT_LEAST_ONE",
          "membersTold：知晓党员人数为 " + request.membersTold() + "，至少应有 1 人"));
    } else if (submitted.isPresent() && request.membersTold() > submitted.get().expected()) {
      violations.add(Violation.of("membersTold", "WITHIN_EXPECTED", "membersTold：知晓党员人数 "
          + request.membersTold() + " 超过应到人数 " + submitted.get().expected()));
    }
    if (!violations.isEmpty()) throw new ValidationException("五必知确认有误，未保存", violations);
    records.saveMustKnow(electionId, branchId, new BranchRecords.MustKnow(request.kind(), request.toldOn(),
        request.channel(), request.membersTold(), viewer.userId(), Instant.now()));
    audit.record(viewer.userId(), "MUST_KNOW_CONFIRMED", SUBJECT, BranchNominationProcess.businessKey(electionId,
        branchId), request.kind() + "：" + request.toldOn() + "，" + request.channel().label() + "，"
        + request.membersTold() + " 人");
    return mustKnows(electionId, branchId);
  }

  @Transactional(readOnly = true)
  public List<BranchView.MustKnowView> readMustKnows(String electionId, String branchId, Viewer viewer) {
    Election election = election(electionId);
    viewer.requireRead(branch(election, branchId));
    return mustKnows(electionId, branchId);
  }

  /** When a must-know task completes: the confirmation must have been saved. */
  @Transactional(readOnly = true)
  public void requireMustKnow(String electionId, String branchId, MustKnowKind kind) {
    if (records.mustKnow(electionId, branchId, kind).isEmpty()) {
      String field = "mustKnows." + kind;
      throw new ValidationException("五必知尚未确认：" + field + "：尚未确认已向党员通报" + kind.label()
          + "，请先填写通报日期、方式和知晓人数并保存",
          List.of(Violation.of(field, "MUST_KNOW_CONFIRMED", field + "：尚未确认已向党员通报" + kind.label()
              + "，请先填写通报日期、方式和知晓人数并保存")));
    }
  }

  // ---- the member picker

  @Transactional(readOnly = true)
  public List<CandidateView> candidates(String electionId, String text, Integer limit, Viewer viewer) {
    Election election = election(electionId);
    Organization unit = organizations.get(election.electoralUnitId());
    boolean inside = viewer.organizations().stream().anyMatch(own -> own.isWithin(unit.path()));
    if (!inside && !viewer.canRead(unit)) {
      throw new AccessDeniedException("无权查看选举单位 " + unit.name() + " 的党员");
    }
    int rows = limit == null ? PICKER_LIMIT : Math.max(1, Math.min(PICKER_LIMIT, limit));
    List<Member> found = members.search(unit.path(), text == null ? "" : text.trim(), 0, rows);
    Map<String, String> categories = identities.categoriesOf(electionId, found.stream().map(Member::id).toList());
    Map<String, Organization> branches = new HashMap<>();
    found.forEach(m -> branches.computeIfAbsent(m.organizationId(), id -> organizations.find(id).orElse(null)));
    return found.stream().map(m -> {
      Organization b = branches.get(m.organizationId());
      String category = categories.get(m.id());
      String categoryName = category == null ? null : election.category(category).map(IdentityCategory::name)
          .orElse(category);
      return new CandidateView(m.id(), m.name(), m.organizationId(), b == null ? null : b.name(),
          m.birthDate() == null ? null : m.ageOn(election.electionDate()), category, categoryName,
          hints(m, election, categoryName));
    }).toList();
  }

  private static List<String> hints(Member m, Election election, String categoryName) {
    List<String> hints = new ArrayList<>();
    if (categoryName != null) hints.add("身份：" + categoryName);
    if (m.cadreLevel() == CadreLevel.BUREAU) hints.add("局级领导干部");
    if (m.cadreLevel() == CadreLevel.DIVISION) hints.add("处级领导干部");
    if (!m.isFullMember()) hints.add("预备党员，不能被推荐");
    if (m.sanctionedOn(election.electionDate())) hints.add("处分影响期内，不能被推荐");
    if (m.underInvestigation()) hints.add("正在接受审查调查，不能被推荐");
    return hints;
  }

  // ---- helpers

  private Election election(String electionId) {
    return elections.find(electionId).orElseThrow(() -> new NotFoundException("选举 " + electionId + " 不存在"));
  }

  /** The branch, which must be a branch of the election's electoral unit. */
  private Organization branch(Election election, String branchId) {
    Organization branch = organizations.find(branchId).orElseThrow(() -> new NotFoundException("党支部 " + branchId + " 不存在"));
    Organization unit = organizations.get(election.electoralUnitId());
    if (branch.type() != OrganizationType.BRANCH || !branch.isWithin(unit.path())) {
      throw new NotFoundException(branch.name() + "（" + branchId + "）不是选举单位 " + unit.name() + " 的党支部");
    }
    return branch;
  }

  private static void requireBranchUser(Viewer viewer, Organization branch, String action) {
    if (viewer.organizations().stream().noneMatch(o -> o.id().equals(branch.id()))) {
      throw new AccessDeniedException("只有党支部 " + branch.name() + " 的用户可以" + action);
    }
  }

  private static void requireAncestorManager(Viewer viewer, Organization branch) {
    boolean above = viewer.organizations().stream()
        .anyMatch(o -> !o.id().equals(branch.id()) && branch.isWithin(o.path()));
    boolean role = viewer.roles().stream().anyMatch(SEND_BACK_ROLES::contains);
    if (!above || !role) {
      throw new AccessDeniedException("只有党支部 " + branch.name()
          + " 的上级党组织（党委、党工委、党总支或组织部）的工作人员可以退回其推荐提名");
    }
  }

  private String recommendingUnitOf(Organization branch) {
    String[] ids = branch.path().split("/");
    for (String id : ids) {
      if (id.isEmpty()) continue;
      Optional<Organization> o = organizations.find(id);
      if (o.isPresent() && o.get().type() == OrganizationType.RECOMMENDING_UNIT) return id;
    }
    return branch.parentId();
  }

  private List<BranchRecords.Nominee> nominees(MeetingRequest request, List<String> categories) {
    List<MajorityRule.Tally> tallies = rules.majority().tally(request.record());
    List<BranchRecords.Nominee> nominees = new ArrayList<>();
    for (int i = 0; i < request.nominees().size(); i++) {
      MeetingRequest.NomineeRow row = request.nominees().get(i);
      nominees.add(new BranchRecords.Nominee(row.memberId().trim(), row.votes(), row.fullMemberVotes(),
          tallies.get(i).backed(), categories.get(i)));
    }
    return nominees;
  }

  private static ValidationException refused(List<Violation> violations) {
    return new ValidationException("党支部推荐提名记录不能提交：" + violations.stream().map(Violation::message)
        .collect(Collectors.joining("；")), violations);
  }

  private static BranchConflictException locked(Organization branch) {
    return new BranchConflictException("党支部 " + branch.name() + " 的推荐提名已提交并锁定，不能修改；如需修改，请由上级党组织退回");
  }

  private List<BranchView.MustKnowView> mustKnows(String electionId, String branchId) {
    return records.mustKnows(electionId, branchId).stream()
        .map(m -> new BranchView.MustKnowView(m.kind(), m.kind().label(), m.toldOn(), m.channel(), m.channel().label(),
            m.membersTold(), m.confirmedBy(), m.confirmedAt()))
        .toList();
  }

  private BranchView view(Election election, Organization branch) {
    Optional<BranchRecords.Submission> found = records.find(election.id(), branch.id());
    List<BranchView.MustKnowView> mustKnows = mustKnows(election.id(), branch.id());
    String rule = rules.majority().describe();
    if (found.isEmpty()) {
      return new BranchView(election.id(), branch.id(), branch.name(), "NOT_SUBMITTED", true, null, null, null, null,
          List.of(), null, rule, null, List.of(), null, null, null, null, null, null, null, null, mustKnows);
    }
    BranchRecords.Submission s = found.get();
    List<BranchRecords.Nominee> stored = records.nominees(election.id(), branch.id());
    Map<String, Member> people = new HashMap<>();
    stored.forEach(n -> members.find(n.memberId()).ifPresent(m -> people.put(n.memberId(), m)));
    Map<String, String> branchNames = new HashMap<>();
    List<BranchView.NomineeView> nominees = stored.stream().map(n -> {
      Member m = people.get(n.memberId());
      String home = m == null ? null : branchNames.computeIfAbsent(m.organizationId(),
          id -> organizations.find(id).map(Organization::name).orElse(id));
      return new BranchView.NomineeView(n.memberId(), m == null ? null : m.name(), home, n.votes(),
          n.fullMemberVotes(), n.backed(), n.category(),
          n.category() == null ? null : election.category(n.category()).map(IdentityCategory::name).orElse(null));
    }).toList();
    var record = new MeetingRequest(s.expected(), s.participants(), s.educated(), List.of()).record();
    ParticipationRates rates = s.expected() > 0 ? ParticipationRates.of(s.expected(), record.participantCount(),
        s.educated()) : null;
    List<BranchView.NomineeView> backed = nominees.stream().filter(BranchView.NomineeView::backed)
        .sorted((a, b) -> Integer.compare(counted(b), counted(a))).toList();
    return new BranchView(election.id(), branch.id(), branch.name(), s.status(),
        !BranchRecords.SUBMITTED.equals(s.status()), s.expected(), s.participants(), record.participantCount(),
        s.educated(), nominees, rates == null ? null : new BranchView.Rates(rate(rates.participation()),
        rate(rates.education())), rule, rules.majority().needed(record), backed, s.savedBy(), s.savedAt(),
        s.submittedBy(), s.submittedAt(), s.sentBackReason(), s.sentBackBy(), s.sentBackAt(), s.version(), mustKnows);
  }

  private int counted(BranchView.NomineeView n) {
    return rules.majority().counting() == cn.congress.nomination.nomination.VoteCount.ALL_VOTES
        ? n.votes() : n.fullMemberVotes();
  }

  private static BranchView.Rate rate(ParticipationRates.Rate r) {
    return new BranchView.Rate(r.count(), r.expected(), r.percent(), r.fraction());
  }

  private static String describe(MeetingRequest r) {
    Map<ParticipationChannel, Integer> p = r.participants();
    return "应到 " + r.expected() + "，参加 " + p + "，受教育 " + r.educated() + "，推荐人选 " + r.nominees().stream()
        .map(n -> n.memberId() + "=" + n.votes() + "/" + n.fullMemberVotes()).collect(Collectors.joining(","));
  }
}
