package cn.congress.nomination.inspection;

import cn.congress.nomination.audit.AuditLog;
import cn.congress.nomination.calendar.Period;
import cn.congress.nomination.calendar.WorkingDayCalendar;
import cn.congress.nomination.candidate.CandidateRemovals;
import cn.congress.nomination.candidate.StageRoster;
import cn.congress.nomination.candidate.StageRosters;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.notice.NoticeKind;
import cn.congress.nomination.notice.Notices;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.NotFoundException;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection of each fixed target (考察): opened by the process with its notice period from the working-day
 * calendar, the opinions, complaints, four musts, conclusion and dual signature, the veto. Called by the process's
 * listeners and delegates and by the campaign (the collection of targets, the targets that passed); every decision goes
 * to the audit log. Dates and instants follow the engine's clock, so a test moving it moves the inspection too.
 */
@Service("inspections")
public class Inspections {

  static final String SUBJECT = "inspection";
  static final String VETO_RULE = "INSPECTION_VETO";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final Elections elections;
  private final Members members;
  private final Organizations organizations;
  private final StageRosters rosters;
  private final CandidateRemovals removals;
  private final WorkingDayCalendar calendar;
  private final InspectionStore store;
  private final Notices notices;
  private final AuditLog audit;

  Inspections(Elections elections, Members members, Organizations organizations, StageRosters rosters,
              CandidateRemovals removals, WorkingDayCalendar calendar, InspectionStore store, Notices notices,
              AuditLog audit) {
    this.elections = elections;
    this.members = members;
    this.organizations = organizations;
    this.rosters = rosters;
    this.removals = removals;
    this.calendar = calendar;
    this.store = store;
    this.notices = notices;
    this.audit = audit;
  }

  // --- for the campaign ---

  /** The fixed inspection targets (the INSPECTION roster) without removed names: the campaign's collection. */
  public List<String> targetsToInspect(String electionId) {
    return removals.remaining(electionId, fixedTargets(electionId));
  }

  /** Targets whose inspection ended PASSED and who are not removed, in the targets' order. */
  public List<String> passed(String electionId) {
    Map<String, Inspection> byMember = byMember(electionId);
    return targetsToInspect(electionId).stream().filter(id -> byMember.containsKey(id)
        && byMember.get(id).status() == InspectionStatus.PASSED).toList();
  }

  /** How the target's inspection stands; empty when it has not started. */
  public Optional<InspectionStatus> outcome(String electionId, String memberId) {
    return store.find(electionId, memberId).map(Inspection::status);
  }

  // --- reading ---

  public Election election(String electionId) {
    return elections.get(electionId);
  }

  public Optional<Inspection> find(String electionId, String memberId) {
    return store.find(electionId, memberId);
  }

  public Inspection get(String electionId, String memberId) {
    return find(electionId, memberId).orElseThrow(() -> new NotFoundException("选举 " + electionId + " 中没有对 "
        + memberId + " 的考察"));
  }

  /** Every inspection of the election, fixed targets first in their order, then any others. */
  public List<Inspection> list(String electionId) {
    List<String> order = fixedTargets(electionId);
    return store.all(electionId).stream().sorted(Comparator.comparingInt((Inspection i) -> {
      int at = order.indexOf(i.memberId());
      return at < 0 ? Integer.MAX_VALUE : at;
    }).thenComparing(Inspection::memberId)).toList();
  }

  public List<Opinion> opinions(String electionId, String memberId) {
    return store.opinions(electionId, memberId);
  }

  public List<MustRecord> musts(String electionId, String memberId) {
    return store.musts(electionId, memberId);
  }

  public List<Complaint> complaints(String electionId, String memberId) {
    return store.complaints(electionId, memberId);
  }

  public List<Inspection.Signature> signatures(String electionId, String memberId) {
    return store.signatures(electionId, memberId);
  }

  /** The end of the notice period (24:00 Beijing time of its last working day): the process's timer. */
  public Date noticeEndsAt(String electionId, String memberId) {
    return Date.from(get(electionId, memberId).noticeEndsAt());
  }

  // --- the process's steps ---

  /**
   * Opens the inspection of a fixed target: the notice period (the election's publicity working days, counted from the
   * day after today), the party organization asked for its opinion, whether regulators are asked, and the inspection
   * notice to the target's branch through the outbox. Idempotent for the same process instance (a retried job).
   *
   * @return empty when the target was removed before the inspection could start
   */
  @Transactional
  public Optional<Inspection> open(String electionId, String electoralUnitId, String memberId, String processInstanceId) {
    Election election = election(electionId);
    if (electoralUnitId != null && !electoralUnitId.equals(election.electoralUnitId())) {
      throw new IllegalArgumentException("Election " + electionId + " belongs to electoral unit "
          + election.electoralUnitId() + ", not " + electoralUnitId);
    }
    if (!fixedTargets(electionId).contains(memberId)) {
      throw new IllegalStateException(memberId + " is not a fixed inspection target of election " + electionId);
    }
    Optional<Inspection> existing = store.find(electionId, memberId);
    if (existing.isPresent() && processInstanceId.equals(existing.get().processInstanceId())) return existing;
    if (removals.isRemoved(electionId, memberId)) {
      audit.record("system", "INSPECTION_NOT_STARTED", SUBJECT, key(electionId, memberId), "考察对象已被取消资格，不再考察");
      return Optional.empty();
    }
    Member member = members.find(memberId).orElseThrow(() -> new NotFoundException("党员 " + memberId + " 不存在"));
    LocalDate today = today();
    Period notice = calendar.period(today, election.publicityWorkingDays() > 0 ? election.publicityWorkingDays() : 5);
    Inspection inspection = new Inspection(electionId, memberId, member.name(), InspectionStatus.IN_PROGRESS,
        processInstanceId, partyOrganizationOf(member).id(), member.organizationId(), member.isLeadingCadre(),
        needsRegulators(member), today, notice.firstDay(), notice.lastDay(), notice.endsAt(), null, null, null, null,
        null, null);
    store.open(inspection);
    notices.toOrganization(NoticeKind.INSPECTION_NOTICE, electionId, member.organizationId(),
        "考察预告：" + member.name(), "根据工作安排，拟对" + member.name() + "同志进行考察（" + election.name()
            + "）。考察预告期为" + DAY.format(notice.firstDay()) + "至" + DAY.format(notice.lastDay()) + "（"
            + notice.workingDays() + "个工作日）。对考察对象有何反映，可在预告期内通过来信、来电、来访向考察组反映；"
            + "反映问题应当具体、实事求是。");
    audit.record("system", "INSPECTION_OPENED", SUBJECT, key(electionId, memberId), "开始考察" + member.name()
        + "；考察预告 " + notice.firstDay() + " 至 " + notice.lastDay() + "（" + notice.workingDays() + " 个工作日）；"
        + "征求 " + inspection.partyOrganizationId() + " 党组织意见" + (inspection.needsRegulators() ? "、行业监管部门意见" : "")
        + (inspection.leadingCadre() ? "；领导干部，须查核个人有关事项报告" : ""));
    return Optional.of(inspection);
  }

  /** The notice period is over (the timer fired): complaints received from now on are recorded as late. */
  @Transactional
  public void closeNotice(String electionId, String memberId) {
    if (store.closeNotice(electionId, memberId, now())) {
      long complaints = store.complaints(electionId, memberId).stream().filter(Complaint::withinNotice).count();
      audit.record("system", "INSPECTION_NOTICE_CLOSED", SUBJECT, key(electionId, memberId),
          "考察预告期结束，预告期内收到举报 " + complaints + " 件");
    }
  }

  @Transactional
  public void saveOpinion(String electionId, String memberId, OpinionSource source, Opinion.Request request,
                          String user) {
    requireInProgress(electionId, memberId);
    List<Violation> violations = InspectionPolicies.checkOpinion(source, request);
    refuseIf(source.label() + "未保存", violations);
    store.saveOpinion(electionId, memberId, source, request, user, now());
    audit.record(user, "INSPECTION_OPINION_SAVED", SUBJECT, key(electionId, memberId), source.label() + "："
        + (request.agrees() ? "同意" : "不同意") + "；" + request.opinion().trim());
  }

  @Transactional
  public void submitOpinion(String electionId, String memberId, OpinionSource source, String user) {
    if (!store.submitOpinion(electionId, memberId, source)) {
      refuseIf(source.label() + "尚未填写", List.of(Violation.of("opinion", "OPINION_GIVEN", "尚未保存" + source.label()
          + "，不能提交")));
    }
    audit.record(user, "INSPECTION_OPINION_SUBMITTED", SUBJECT, key(electionId, memberId), source.label() + "已反馈");
  }

  /** A complaint received during the inspection; after the notice period it is recorded as late but still handled. */
  @Transactional
  public long addComplaint(String electionId, String memberId, Complaint.Request request, String user) {
    Inspection inspection = requireInProgress(electionId, memberId);
    List<Violation> violations = new ArrayList<>(InspectionPolicies.checkComplaint(request));
    if (inspection.mustsSubmittedAt() != null) {
      violations.add(Violation.of("complaint", "MUSTS_SUBMITTED", "四必情况已提交（" + inspection.mustsSubmittedBy()
          + "），考察已进入结论阶段，新的举报请转纪检监察机关处理"));
    }
    refuseIf("举报未登记", violations);
    boolean withinNotice = !inspection.noticeOver();
    long id = store.addComplaint(electionId, memberId, request, withinNotice, user, now());
    audit.record(user, "INSPECTION_COMPLAINT_RECEIVED", SUBJECT, key(electionId, memberId), "登记举报 " + id + "（"
        + request.channel().trim() + "，" + (request.specific() ? "具体可查" : "不具体、不可查")
        + (withinNotice ? "，预告期内" : "，预告期后") + "）");
    return id;
  }

  @Transactional
  public void verifyComplaint(String electionId, String memberId, long complaintId, Complaint.Verification verification,
                              String user) {
    Inspection inspection = requireInProgress(electionId, memberId);
    Complaint complaint = store.complaints(electionId, memberId).stream().filter(c -> c.id() == complaintId)
        .findFirst().orElseThrow(() -> new NotFoundException("对 " + memberId + " 的举报 " + complaintId + " 不存在"));
    List<Violation> violations = new ArrayList<>(InspectionPolicies.checkVerification(complaint, verification));
    if (inspection.mustsSubmittedAt() != null) {
      violations.add(Violation.of("complaint", "MUSTS_SUBMITTED", "四必情况已提交，核查结论不能再修改"));
    }
    refuseIf("举报 " + complaintId + " 的核查未保存", violations);
    store.verifyComplaint(complaintId, verification, user, now());
    audit.record(user, "INSPECTION_COMPLAINT_VERIFIED", SUBJECT, key(electionId, memberId), "举报 " + complaintId
        + " 核查结论：" + verification.conclusion().label() + "；" + verification.verification().trim());
  }

  /** Saves the four musts as the inspection team has them so far (complete or not); submitting checks every rule. */
  @Transactional
  public void saveMusts(String electionId, String memberId, List<MustRecord> musts, String user) {
    Inspection inspection = requireInProgress(electionId, memberId);
    List<Violation> violations = new ArrayList<>();
    List<MustRecord> given = musts == null ? List.of() : musts.stream().filter(m -> m != null).toList();
    if (given.stream().anyMatch(m -> m.must() == null || m.result() == null)) {
      violations.add(Violation.of("musts", "MUST_NAMED", "每项须注明是四必中的哪一项及其结果"));
    }
    if (given.stream().map(MustRecord::must).distinct().count() < given.size()) {
      violations.add(Violation.of("musts", "MUSTS_COMPLETE", "四必：同一事项只能记录一次"));
    }
    if (inspection.mustsSubmittedAt() != null) {
      violations.add(Violation.of("musts", "MUSTS_SUBMITTED", "四必情况已提交，不能再修改"));
    }
    if (given.stream().anyMatch(m -> length(m.finding()) > InspectionPolicies.MAX_TEXT
        || m.evidence().stream().anyMatch(e -> e != null && (length(e.summary()) > InspectionPolicies.MAX_TEXT
        || length(e.reference()) > 500)))) {
      violations.add(Violation.of("musts", "TEXT_LENGTH", "情况说明不能超过 " + InspectionPolicies.MAX_TEXT
          + " 字，依据编号不能超过 500 字"));
    }
    refuseIf("四必情况未保存", violations);
    store.replaceMusts(electionId, memberId, given, user, now());
    audit.record(user, "INSPECTION_MUSTS_SAVED", SUBJECT, key(electionId, memberId), given.stream()
        .map(m -> m.must().label() + "：" + m.result().label()).collect(Collectors.joining("；")));
  }

  /** The inspection team submits the four musts: every rule of {@link InspectionPolicies#musts()} must hold. */
  @Transactional
  public void submitMusts(String electionId, String memberId, String user) {
    Inspection inspection = requireInProgress(electionId, memberId);
    boolean disciplineHeard = store.opinions(electionId, memberId).stream()
        .anyMatch(o -> o.source() == OpinionSource.DISCIPLINE_COMMISSION && o.submitted());
    var check = new InspectionPolicies.MustsCheck(store.musts(electionId, memberId),
        store.complaints(electionId, memberId), inspection.leadingCadre(), disciplineHeard, inspection.noticeOver());
    refuseIf(inspection.name() + "的四必情况不能提交", InspectionPolicies.checkMusts(check));
    store.submitMusts(electionId, memberId, user, now());
    audit.record(user, "INSPECTION_MUSTS_SUBMITTED", SUBJECT, key(electionId, memberId), check.musts().stream()
        .map(m -> m.must().label() + "：" + m.result().label()).collect(Collectors.joining("；"))
        + "；举报 " + check.complaints().size() + " 件");
  }

  @Transactional
  public void saveConclusion(String electionId, String memberId, Inspection.Conclusion.Request request, String user) {
    requireInProgress(electionId, memberId);
    if (request == null) refuseIf("考察结论未保存", InspectionPolicies.checkConclusion(null));
    store.saveConclusion(electionId, memberId, request, user, now());
    audit.record(user, "INSPECTION_CONCLUSION_SAVED", SUBJECT, key(electionId, memberId), "政治素质："
        + label(request.political()) + "；廉洁情况：" + label(request.integrity()));
  }

  /** The conclusion is final: both checks given with their findings. Returns it (the gateways read its results). */
  @Transactional
  public Inspection.Conclusion submitConclusion(String electionId, String memberId, String user) {
    Inspection inspection = requireInProgress(electionId, memberId);
    Inspection.Conclusion c = inspection.conclusion();
    Inspection.Conclusion.Request request = c == null ? null
        : new Inspection.Conclusion.Request(c.political(), c.politicalFinding(), c.integrity(), c.integrityFinding());
    refuseIf(inspection.name() + "的考察结论不能提交", InspectionPolicies.checkConclusion(request));
    audit.record(user, "INSPECTION_CONCLUDED", SUBJECT, key(electionId, memberId), "政治素质：" + c.political().label()
        + "（" + c.politicalFinding() + "）；廉洁情况：" + c.integrity().label() + "（" + c.integrityFinding() + "）");
    return c;
  }

  /** One half of the dual signature of the integrity conclusion; the other half must be someone else's. */
  @Transactional
  public void sign(String electionId, String memberId, Signatory signatory, String user) {
    Inspection inspection = requireInProgress(electionId, memberId);
    List<Violation> violations = new ArrayList<>();
    if (inspection.conclusion() == null || inspection.conclusion().integrity() == null) {
      violations.add(Violation.of("conclusion", "CONCLUSION_GIVEN", "考察组尚未给出廉洁情况结论，不能签字"));
    }
    violations.addAll(InspectionPolicies.checkSignature(signatory, user, store.signatures(electionId, memberId)));
    refuseIf("廉洁结论未签字", violations);
    store.sign(electionId, memberId, signatory, user, now());
    audit.record(user, "INSPECTION_INTEGRITY_SIGNED", SUBJECT, key(electionId, memberId), signatory.label()
        + "在廉洁情况结论（" + inspection.conclusion().integrity().label() + "）上签字");
  }

  /** A failed political or integrity check vetoes the name (一票否决): removed from the campaign with the finding. */
  @Transactional
  public void veto(String electionId, String memberId) {
    Inspection inspection = get(electionId, memberId);
    Inspection.Conclusion c = inspection.conclusion();
    boolean political = c.political() == Inspection.Check.FAILED;
    String reason = (political ? "政治素质考察不通过：" + c.politicalFinding()
        : "廉洁情况考察不通过：" + c.integrityFinding()) + "（一票否决）";
    if (!store.end(electionId, memberId, InspectionStatus.VETOED, reason, now())) return;
    removals.remove(electionId, memberId, Stage.INSPECTION, VETO_RULE, reason, c.concludedBy());
    audit.record("system", "INSPECTION_VETOED", SUBJECT, key(electionId, memberId), reason);
  }

  @Transactional
  public void pass(String electionId, String memberId) {
    if (store.end(electionId, memberId, InspectionStatus.PASSED, "考察通过", now())) {
      audit.record("system", "INSPECTION_PASSED", SUBJECT, key(electionId, memberId), "政治素质和廉洁情况考察均通过，"
          + "廉洁结论已双签字：" + store.signatures(electionId, memberId).stream()
          .map(s -> s.signatory().label() + " " + s.signedBy()).collect(Collectors.joining("、")));
    }
  }

  /** The target was removed while inspected: the inspection ends (the process's event subprocess calls this). */
  @Transactional
  public void endRemoved(String electionId, String memberId) {
    String reason = removals.find(electionId, memberId).map(r -> r.stage().label() + "阶段取消资格（" + r.rule() + "）："
        + r.reason()).orElse("已取消资格");
    if (store.end(electionId, memberId, InspectionStatus.REMOVED, reason, now())) {
      audit.record("system", "INSPECTION_ENDED_BY_REMOVAL", SUBJECT, key(electionId, memberId), "考察终止：" + reason);
    }
  }

  /** The process instance to tell when a target in progress was removed elsewhere; empty when nothing runs. */
  Optional<String> runningInstanceOf(String electionId, String memberId) {
    return store.find(electionId, memberId).filter(Inspection::inProgress).map(Inspection::processInstanceId);
  }

  // --- helpers ---

  Inspection requireInProgress(String electionId, String memberId) {
    Inspection inspection = get(electionId, memberId);
    if (!inspection.inProgress()) {
      refuseIf("考察已结束", List.of(Violation.of("status", "INSPECTION_IN_PROGRESS", "对" + inspection.name()
          + "的考察已结束（" + inspection.status().label() + "），不能再修改")));
    }
    return inspection;
  }

  /** The target's own party organization: the recommending unit above their branch (the branch where there is none). */
  Organization partyOrganizationOf(Member member) {
    Organization branch = organizations.get(member.organizationId());
    for (Organization o = branch; o != null; o = o.parentId() == null ? null : organizations.get(o.parentId())) {
      if (o.type() == OrganizationType.RECOMMENDING_UNIT) return o;
    }
    return branch;
  }

  static boolean needsRegulators(Member member) {
    return member.enterpriseEmployee() || member.financeEmployee();
  }

  private List<String> fixedTargets(String electionId) {
    return rosters.of(Stage.INSPECTION).map((StageRoster r) -> r.memberIds(electionId)).orElse(List.of());
  }

  private Map<String, Inspection> byMember(String electionId) {
    return store.all(electionId).stream().collect(Collectors.toMap(Inspection::memberId, Function.identity()));
  }

  private static void refuseIf(String message, List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new ValidationException(message + "：" + violations.stream().map(Violation::message)
          .collect(Collectors.joining("；")), violations);
    }
  }

  static LocalDate today() {
    return LocalDate.ofInstant(now(), WorkingDayCalendar.BEIJING);
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private static String key(String electionId, String memberId) {
    return electionId + "/" + memberId;
  }

  private static String label(Inspection.Check check) {
    return check == null ? "未定" : check.label();
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }
}
