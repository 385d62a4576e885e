package cn.congress.nomination.publicity;

import cn.congress.nomination.audit.AuditLog;
import cn.congress.nomination.calendar.CalendarDataMissingException;
import cn.congress.nomination.calendar.Period;
import cn.congress.nomination.calendar.WorkingDayCalendar;
import cn.congress.nomination.candidate.CandidateRemovals;
import cn.congress.nomination.candidate.Removal;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.notice.NoticeKind;
import cn.congress.nomination.notice.Notices;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.platform.NotFoundException;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.SystemCalls;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publicity periods and their objections. The caller opens a publicity (its end computed by the working-day calendar
 * and kept here), then starts PublicityProcess, whose timer waits for {@link #endsAt}. Objections are received only
 * while the period is open (by the engine's clock, so a test moving it moves both); each starts a verification in the
 * process; a substantiated or not cleared one removes the name through {@link CandidateRemovals}.
 *
 * <p>Also the bean {@code publicities} of the BPMN's timer expression.
 */
@Component("publicities")
public class Publicities {

  static final int MAX_FINDINGS_CHARS = 4000;

  private final PublicityRows rows;
  private final Elections elections;
  private final Members members;
  private final WorkingDayCalendar calendar;
  private final CandidateRemovals removals;
  private final AuditLog audit;
  private final Notices notices;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final int defaultWorkingDays;

  Publicities(PublicityRows rows, Elections elections, Members members, WorkingDayCalendar calendar,
              CandidateRemovals removals, AuditLog audit, Notices notices, RuntimeService runtimeService,
              IdentityService identityService,
              @Value("${nomination.publicity.working-days:5}") int defaultWorkingDays) {
    this.rows = rows;
    this.elections = elections;
    this.members = members;
    this.calendar = calendar;
    this.removals = removals;
    this.audit = audit;
    this.notices = notices;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.defaultWorkingDays = defaultWorkingDays;
  }

  /**
   * Opens a publicity of the given names, published on the given day, for the election's publicity length in working
   * days (its {@code publicityWorkingDays}, else {@code nomination.publicity.working-days}). Then start
   * PublicityProcess with {@code electionId} and the returned {@code publicityId}.
   *
   * @throws ValidationException (422) naming every broken rule, among them a period reaching a year without holiday
   *     data (CALENDAR_DATA_MISSING) or one that has already ended (PUBLICITY_ALREADY_ENDED); nothing is stored
   */
  @Transactional
  public String open(String electionId, PublicitySubject subject, List<String> memberIds, LocalDate publishedOn,
                     String openedBy) {
    Election election = elections.get(electionId);
    List<Violation> violations = new ArrayList<>();
    if (subject == null) violations.add(Violation.of("subject", "SUBJECT_REQUIRED", "subject：未指明公示的事项"));
    if (memberIds == null || memberIds.isEmpty()) {
      violations.add(Violation.of("memberIds", "NAMES_REQUIRED", "memberIds：公示名单不能为空"));
    } else {
      Set<String> seen = new HashSet<>();
      for (String id : memberIds) {
        if (!seen.add(id)) {
          violations.add(Violation.of("memberIds", "NAMES_DISTINCT", "memberIds：" + id + " 在名单中重复出现"));
        } else if (members.find(id).isEmpty()) {
          violations.add(Violation.of("memberIds", "NAME_KNOWN", "memberIds：党员 " + id + " 不存在"));
        } else if (removals.isRemoved(electionId, id)) {
          violations.add(Violation.of("memberIds", "NAME_NOT_REMOVED", "memberIds：" + id + " 已被取消人选资格，不能公示"));
        }
      }
    }
    int workingDays = election.publicityWorkingDays() > 0 ? election.publicityWorkingDays() : defaultWorkingDays;
    Period period = null;
    if (publishedOn == null) {
      violations.add(Violation.of("publishedOn", "PUBLISHED_ON_REQUIRED", "publishedOn：未填写公示发布日期"));
    } else {
      try {
        period = calendar.period(publishedOn, workingDays);
        Instant now = now();
        if (!now.isBefore(period.endsAt())) {
          violations.add(Violation.of("publishedOn", "PUBLICITY_ALREADY_ENDED", "publishedOn：自 " + publishedOn
              + " 起" + workingDays + "个工作日的公示期已于" + period.lastDay() + "24时结束"));
        }
      } catch (CalendarDataMissingException e) {
        violations.add(Violation.of("publishedOn", CalendarDataMissingException.RULE, "publishedOn：" + e.getMessage()));
      }
    }
    if (!violations.isEmpty()) throw new ValidationException("不能发布公示：" + violations.get(0).message(), violations);

    Publicity publicity = new Publicity(UUID.randomUUID().toString(), electionId, election.electoralUnitId(), subject,
        publishedOn, workingDays, period.firstDay(), period.lastDay(), period.endsAt(), openedBy, now(), null, null);
    rows.insert(publicity, List.copyOf(memberIds));
    audit.record(openedBy, "PUBLICITY_OPENED", "publicity", publicity.id(), electionId + " " + subject + "：" + memberIds.size()
        + "人，" + publishedOn + "发布，" + workingDays + "个工作日，" + period.firstDay() + "至" + period.lastDay()
        + "，截至" + publicity.endText());
    return publicity.id();
  }

  /** The end of the period, for the process's timer ({@code ${publicities.endsAt(publicityId)}}). */
  public Date endsAt(String publicityId) {
    return Date.from(get(publicityId).endsAt());
  }

  public Publicity get(String publicityId) {
    return rows.find(publicityId).orElseThrow(() -> new NotFoundException("公示 " + publicityId + " 不存在"));
  }

  public List<Publicity> ofElection(String electionId) {
    return rows.ofElection(electionId);
  }

  /** The names as published, in their order. */
  public List<String> memberIds(String publicityId) {
    return rows.memberIds(publicityId);
  }

  /** The published names taken off the campaign (by this publicity's objections or by any other removal). */
  public List<Removal> removed(String publicityId) {
    Publicity publicity = get(publicityId);
    return rows.memberIds(publicityId).stream().map(id -> removals.find(publicity.electionId(), id))
        .flatMap(java.util.Optional::stream).toList();
  }

  /** The published names still on the campaign, in their published order: the caller's list after the publicity. */
  public List<String> remaining(String publicityId) {
    return removals.remaining(get(publicityId).electionId(), rows.memberIds(publicityId));
  }

  public List<Objection> objections(String publicityId) {
    get(publicityId);
    return rows.objections(publicityId);
  }

  public Objection objection(String publicityId, String objectionId) {
    return rows.objection(objectionId).filter(o -> o.publicityId().equals(publicityId))
        .orElseThrow(() -> new NotFoundException("公示 " + publicityId + " 中没有反映 " + objectionId));
  }

  /** OPEN while objections are received; VERIFYING after the end while some are not concluded; then CONCLUDED. */
  public String status(Publicity publicity) {
    if (publicity.isOpenAt(now())) return "OPEN";
    return rows.objections(publicity.id()).stream().allMatch(Objection::isConcluded) ? "CONCLUDED" : "VERIFYING";
  }

  /** An objection from the public endpoint (no login): channel PUBLIC, the client's address kept with it. */
  @Transactional
  public Objection receivePublic(String publicityId, ObjectionRequest request, String clientAddress) {
    ObjectionRequest asPublic = new ObjectionRequest(request.memberId(), request.content(), request.contact(),
        ObjectionChannel.PUBLIC);
    return receive(publicityId, asPublic, false, null, clientAddress);
  }

  /** An objection staff of the electoral unit took by phone, letter, SMS or the hotline (access checked by the caller). */
  @Transactional
  public Objection enter(String publicityId, ObjectionRequest request, String enteredBy) {
    return receive(publicityId, request, true, enteredBy, null);
  }

  private Objection receive(String publicityId, ObjectionRequest request, boolean byStaff, String enteredBy,
                            String clientAddress) {
    // the lock orders this objection against the period's closing: it is either in before the end, or refused
    Publicity publicity = rows.lock(publicityId)
        .orElseThrow(() -> new NotFoundException("公示 " + publicityId + " 不存在"));
    Instant now = now();
    if (!publicity.isOpenAt(now)) {
      String message = "公示期已于" + publicity.endText() + "结束，不再受理反映（公示期截至 " + publicity.lastDay() + " 24:00）";
      throw new ValidationException(message, List.of(Violation.of("publicityId", "PUBLICITY_CLOSED", message)));
    }
    if (publicity.processInstanceId() == null) {
      String message = "公示尚未开始受理反映";
      throw new ValidationException(message, List.of(Violation.of("publicityId", "PUBLICITY_NOT_STARTED", message)));
    }
    List<Violation> violations = ObjectionPolicies.check(request,
        new ObjectionPolicy.Context(rows.memberIds(publicityId), byStaff));
    if (!violations.isEmpty()) {
      throw new ValidationException("反映内容不符合要求：" + violations.get(0).message(), violations);
    }
    Objection objection = new Objection(UUID.randomUUID().toString(), publicityId, request.memberId(),
        request.channel(), request.content().strip(), blankToNull(request.contact()), clientAddress, enteredBy, now,
        null, null, null, null);
    rows.insert(objection);
    audit.record(byStaff ? enteredBy : "public", "OBJECTION_RECEIVED", "objection", objection.id(),
        "公示 " + publicityId + "，人选 " + objection.memberId() + "，渠道 " + objection.channel()
            + (clientAddress == null ? "" : "，来源地址 " + clientAddress));
    // the engine call is the application's, not the caller's (a member of the public has no engine rights)
    SystemCalls.asSystem(identityService, () -> runtimeService
        .createMessageCorrelation(PublicityProcess.MESSAGE_OBJECTION_RECEIVED)
        .processInstanceId(publicity.processInstanceId())
        .setVariablesToTriggeredScope(objectionScope(objection.id()))
        .correlateWithResult());
    return objection;
  }

  /** The verification's own variables: the objection, and its answer (so the answer stays in this verification). */
  private static Map<String, Object> objectionScope(String objectionId) {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put(PublicityProcess.OBJECTION_ID, objectionId);
    variables.put(PublicityProcess.CONCLUSION, null);
    variables.put(PublicityProcess.FINDINGS, null);
    return variables;
  }

  /**
   * The discipline commission's conclusion on one objection (called by the verification task's complete listener, so
   * Tasklist, /engine-rest and the domain API pass the same rules). A substantiated or not cleared objection removes
   * the name, with the conclusion and findings as the reason.
   */
  @Transactional
  public Objection conclude(String objectionId, Object conclusionValue, Object findingsValue, String concludedBy) {
    Objection objection = rows.objection(objectionId)
        .orElseThrow(() -> new NotFoundException("反映 " + objectionId + " 不存在"));
    Publicity publicity = get(objection.publicityId());
    List<Violation> violations = new ArrayList<>();
    Conclusion conclusion = conclusion(conclusionValue);
    if (conclusion == null) {
      violations.add(Violation.of("conclusion", "CONCLUSION_REQUIRED",
          "conclusion：请选择核查结论（属实、不属实、反映不具体、难以查清）"));
    }
    String findings = findingsValue == null ? null : findingsValue.toString().strip();
    if (findings == null || findings.isEmpty()) {
      violations.add(Violation.of("findings", "FINDINGS_REQUIRED", "findings：请填写核查情况"));
    } else if (findings.length() > MAX_FINDINGS_CHARS) {
      violations.add(Violation.of("findings", "FINDINGS_TOO_LONG", "findings：核查情况不能超过" + MAX_FINDINGS_CHARS + "个字"));
    }
    if (objection.isConcluded()) {
      violations.add(Violation.of("objectionId", "OBJECTION_CONCLUDED", "objectionId：该反映已有核查结论"));
    }
    if (!violations.isEmpty()) throw new ValidationException("不能办结核查：" + violations.get(0).message(), violations);

    Instant now = now();
    if (!rows.conclude(objectionId, conclusion, findings, concludedBy, now)) {
      throw new ValidationException("该反映已有核查结论", List.of(
          Violation.of("objectionId", "OBJECTION_CONCLUDED", "objectionId：该反映已有核查结论")));
    }
    audit.record(concludedBy, "OBJECTION_CONCLUDED", "objection", objectionId,
        "公示 " + publicity.id() + "，人选 " + objection.memberId() + "：" + conclusion + "（" + conclusion.label() + "）");
    if (conclusion.removesName()) {
      String reason = publicity.subject().label() + "期间反映的问题经纪委核查：" + conclusion.label() + "。" + findings;
      boolean removed = removals.remove(publicity.electionId(), objection.memberId(), publicity.subject().stage(),
          conclusion.removalRule().orElseThrow(), reason, concludedBy);
      if (removed) {
        String name = members.find(objection.memberId()).map(m -> m.name()).orElse(objection.memberId());
        notices.toOrganization(NoticeKind.CANDIDATE_REMOVED, publicity.electionId(), publicity.electoralUnitId(),
            name + "已被取消人选资格", reason);
      }
    }
    return rows.objection(objectionId).orElseThrow();
  }

  /** The process started: objections can now open verifications in it. */
  @Transactional
  public void linkProcess(String publicityId, String processInstanceId) {
    get(publicityId);
    rows.linkProcess(publicityId, processInstanceId);
  }

  /** The period's end passed (the timer fired): recorded once; objections were refused from the end instant on. */
  @Transactional
  public void close(String publicityId) {
    Publicity publicity = rows.lock(publicityId)
        .orElseThrow(() -> new NotFoundException("公示 " + publicityId + " 不存在"));
    if (publicity.closedAt() != null) return;
    rows.close(publicityId, now());
    long open = rows.objections(publicityId).stream().filter(o -> !o.isConcluded()).count();
    audit.record("system", "PUBLICITY_CLOSED", "publicity", publicityId,
        "公示期截至" + publicity.endText() + "；尚待核查的反映 " + open + " 件");
  }

  /** The engine's clock: the period's end is compared with the same time the timers use. */
  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private static Conclusion conclusion(Object value) {
    if (value instanceof Conclusion c) return c;
    if (value == null) return null;
    try {
      return Conclusion.valueOf(value.toString().trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
