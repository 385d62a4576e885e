package cn.congress.nomination.discipline;

import static cn.congress.nomination.discipline.ViolationVerificationProcess.*;

import cn.congress.nomination.audit.AuditLog;
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
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.NotFoundException;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.SystemCalls;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discipline register of an election (换届纪律): pledges, reported violations and their verification by the
 * discipline commission. A confirmed violation takes the person off the campaign at whatever stage they are (the
 * latest stage roster holding them), with a notice to the electoral unit. Every step goes to the audit log.
 */
@Service("disciplineRegister")
public class DisciplineRegister {

  /** The removal rule of a confirmed violation (stable code in candidate_removal). */
  public static final String RULE = "DISCIPLINE_VIOLATION";
  static final String SUBJECT = "discipline";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final String VIOLATION_COLUMNS = "v.id, v.election_id, v.member_id, m.name, v.kind, v.description, "
      + "v.source, v.reported_by, v.reported_at, v.status, v.findings, v.concluded_by, v.concluded_at, v.removal_stage";

  private final JdbcClient jdbc;
  private final Elections elections;
  private final Organizations organizations;
  private final Members members;
  private final StageRosters rosters;
  private final List<StageRoster> allRosters;
  private final CandidateRemovals removals;
  private final Notices notices;
  private final AuditLog audit;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  DisciplineRegister(JdbcClient jdbc, Elections elections, Organizations organizations, Members members,
                     StageRosters rosters, List<StageRoster> allRosters, CandidateRemovals removals, Notices notices,
                     AuditLog audit, RuntimeService runtimeService, IdentityService identityService) {
    this.jdbc = jdbc;
    this.elections = elections;
    this.organizations = organizations;
    this.members = members;
    this.rosters = rosters;
    this.allRosters = allRosters;
    this.removals = removals;
    this.notices = notices;
    this.audit = audit;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  Election election(String electionId) {
    return elections.get(electionId);
  }

  // --- pledges ---

  /** Records a signed pledge of a member of the electoral unit; each member signs once per election. */
  @Transactional
  public Pledge signPledge(String electionId, Pledge.Request request, String user) {
    Election election = election(electionId);
    List<Violation> violations = new ArrayList<>();
    Member member = memberOfUnit(election, request == null ? null : request.memberId(), violations);
    LocalDate signedOn = request == null ? null : request.signedOn();
    if (signedOn == null) {
      violations.add(Violation.of("signedOn", "REQUIRED", "signedOn：签订日期不能为空"));
    } else if (signedOn.isAfter(LocalDate.now(CHINA))) {
      violations.add(Violation.of("signedOn", "SIGNED_ON_NOT_FUTURE", "signedOn：签订日期 " + signedOn + " 晚于今天"));
    }
    String remark = blankToNull(request == null ? null : request.remark());
    if (remark != null && remark.length() > 1000) {
      violations.add(Violation.of("remark", "TOO_LONG", "remark：备注不能超过 1000 字"));
    }
    if (member != null && pledge(electionId, member.id()).isPresent()) {
      violations.add(Violation.of("memberId", "PLEDGE_ONCE", "memberId：" + person(member) + " 已签订换届纪律承诺书"));
    }
    refuse("承诺书未登记", violations);
    jdbc.sql("insert into discipline_pledge (election_id, member_id, signed_on, remark, recorded_by, recorded_at) "
            + "values (?, ?, ?, ?, ?, ?)")
        .params(electionId, member.id(), Date.valueOf(signedOn), remark, user, Timestamp.from(Instant.now()))
        .update();
    audit.record(user, "DISCIPLINE_PLEDGE_SIGNED", SUBJECT, electionId + "/" + member.id(),
        person(member) + " 于 " + signedOn + " 签订换届纪律承诺书");
    return pledge(electionId, member.id()).orElseThrow();
  }

  public Optional<Pledge> pledge(String electionId, String memberId) {
    return jdbc.sql("select p.*, m.name from discipline_pledge p left join member m on m.id = p.member_id "
            + "where p.election_id = ? and p.member_id = ?")
        .params(electionId, memberId).query(DisciplineRegister::pledge).optional();
  }

  public List<Pledge> pledges(String electionId) {
    return jdbc.sql("select p.*, m.name from discipline_pledge p left join member m on m.id = p.member_id "
            + "where p.election_id = ? order by p.signed_on, p.member_id")
        .param(electionId).query(DisciplineRegister::pledge).list();
  }

  /** The people on the campaign's current lists (every stage, removed names left out) who have not signed a pledge. */
  public List<String> withoutPledge(String electionId) {
    Set<String> listed = new LinkedHashSet<>();
    for (StageRoster roster : allRosters) listed.addAll(roster.memberIds(electionId));
    Set<String> signed = pledges(electionId).stream().map(Pledge::memberId).collect(Collectors.toSet());
    return removals.remaining(electionId, listed).stream().filter(id -> !signed.contains(id)).toList();
  }

  // --- violations ---

  /** Records a reported violation and starts its verification by the discipline commission. */
  @Transactional
  public ReportedViolation report(String electionId, ReportedViolation.Request request, String user) {
    Election election = election(electionId);
    List<Violation> violations = new ArrayList<>();
    Member member = memberOfUnit(election, request == null ? null : request.memberId(), violations);
    if (request == null || request.kind() == null) {
      violations.add(Violation.of("kind", "REQUIRED", "kind：须选择违反换届纪律的类型（如拉票）"));
    }
    String description = blankToNull(request == null ? null : request.description());
    String source = blankToNull(request == null ? null : request.source());
    text(description, "description", "问题描述", 4000, violations);
    text(source, "source", "问题来源（如来信、来电、网络举报、巡察）", 200, violations);
    refuse("违纪问题未登记", violations);
    Timestamp now = Timestamp.from(Instant.now());
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into discipline_violation (election_id, member_id, kind, description, source, reported_by, "
            + "reported_at, status) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(electionId, member.id(), request.kind().name(), description, source, user, now,
            ViolationStatus.REPORTED.name())
        .update(key, "id");
    long id = key.getKey().longValue();
    Map<String, Object> variables = new HashMap<>();
    variables.put(ELECTION_ID, electionId);
    variables.put(VIOLATION_ID, id);
    variables.put(ELECTORAL_UNIT_ID, election.electoralUnitId());
    String pid = SystemCalls.asSystem(identityService, () -> runtimeService.startProcessInstanceByKey(KEY, electionId,
        variables).getId());
    jdbc.sql("update discipline_violation set process_instance_id = ? where id = ?").params(pid, id).update();
    audit.record(user, "DISCIPLINE_VIOLATION_REPORTED", SUBJECT, String.valueOf(id), person(member) + "："
        + request.kind().label() + "（来源：" + source + "）" + description);
    return violation(id);
  }

  public ReportedViolation violation(long id) {
    return jdbc.sql("select " + VIOLATION_COLUMNS + " from discipline_violation v left join member m "
            + "on m.id = v.member_id where v.id = ?").param(id).query(DisciplineRegister::violation).optional()
        .orElseThrow(() -> new NotFoundException("违纪问题 " + id + " 不存在"));
  }

  public List<ReportedViolation> violations(String electionId) {
    return jdbc.sql("select " + VIOLATION_COLUMNS + " from discipline_violation v left join member m "
            + "on m.id = v.member_id where v.election_id = ? order by v.id").param(electionId)
        .query(DisciplineRegister::violation).list();
  }

  /**
   * The discipline commission's conclusion (called by the verification task's listener): CONFIRMED or NOT_CONFIRMED
   * with findings. Returns whether the violation is confirmed (the process then removes the person).
   */
  @Transactional
  public boolean conclude(long id, ViolationStatus conclusion, String findings, String user) {
    ReportedViolation v = violation(id);
    List<Violation> violations = new ArrayList<>();
    if (conclusion == null || conclusion == ViolationStatus.REPORTED) {
      violations.add(Violation.of(CONCLUSION, "CONCLUSION_GIVEN", "conclusion：须作出核查结论（查实或查无实据）"));
    }
    text(blankToNull(findings), FINDINGS, "核查情况（查明的事实和依据）", 4000, violations);
    if (v.status() != ViolationStatus.REPORTED) {
      violations.add(Violation.of("status", "NOT_PENDING", "status：该问题已有核查结论（" + v.status().label() + "）"));
    }
    refuse("核查结论未保存", violations);
    int updated = jdbc.sql("update discipline_violation set status = ?, findings = ?, concluded_by = ?, concluded_at = ? "
            + "where id = ? and status = ?")
        .params(conclusion.name(), findings.trim(), user, Timestamp.from(Instant.now()), id,
            ViolationStatus.REPORTED.name())
        .update();
    if (updated != 1) refuse("核查结论未保存", List.of(Violation.of("status", "NOT_PENDING", "status：该问题已有核查结论")));
    audit.record(user, "DISCIPLINE_VIOLATION_" + conclusion.name(), SUBJECT, String.valueOf(id),
        person(v) + "：" + v.kind().label() + "，" + conclusion.label() + "；" + findings.trim());
    return conclusion == ViolationStatus.CONFIRMED;
  }

  /**
   * A confirmed violation removes the person at the latest stage whose list holds them (RECOMMENDATION when no list
   * holds them yet: later lists leave them out all the same) and tells the electoral unit. Idempotent: a person
   * already removed stays removed by the first removal.
   */
  @Transactional
  public Optional<Stage> removeViolator(long id) {
    ReportedViolation v = violation(id);
    if (v.status() != ViolationStatus.CONFIRMED) {
      throw new IllegalStateException("violation " + id + " is not confirmed: " + v.status());
    }
    if (v.removalStage() != null) return Optional.of(v.removalStage());
    Election election = election(v.electionId());
    Stage stage = rosters.latestStageOf(v.electionId(), v.memberId()).orElse(Stage.RECOMMENDATION);
    String reason = "违反换届纪律（" + v.kind().label() + "），经纪委核查属实：" + v.findings();
    if (!removals.remove(v.electionId(), v.memberId(), stage, RULE, reason, v.concludedBy())) {
      audit.record("system", "DISCIPLINE_REMOVAL_STANDS", SUBJECT, String.valueOf(id), person(v)
          + " 此前已被取消资格，原决定有效：" + removals.find(v.electionId(), v.memberId()).map(r -> r.rule() + " "
          + r.reason()).orElse(""));
      return Optional.empty();
    }
    jdbc.sql("update discipline_violation set removal_stage = ? where id = ?").params(stage.name(), id).update();
    notices.toOrganization(NoticeKind.CANDIDATE_REMOVED, v.electionId(), election.electoralUnitId(),
        person(v) + " 被取消" + stage.label() + "资格", reason);
    return Optional.of(stage);
  }

  // --- helpers ---

  private Member memberOfUnit(Election election, String memberId, List<Violation> violations) {
    if (memberId == null || memberId.isBlank()) {
      violations.add(Violation.of("memberId", "REQUIRED", "memberId：党员编号不能为空"));
      return null;
    }
    Optional<Member> member = members.find(memberId.trim());
    if (member.isEmpty()) {
      violations.add(Violation.of("memberId", "UNKNOWN_MEMBER", "memberId：党员 " + memberId + " 不存在"));
      return null;
    }
    Organization unit = organizations.get(election.electoralUnitId());
    boolean within = organizations.find(member.get().organizationId()).map(o -> o.isWithin(unit.path())).orElse(false);
    if (!within) {
      violations.add(Violation.of("memberId", "WITHIN_ELECTORAL_UNIT", "memberId：" + person(member.get())
          + " 不属于选举单位 " + unit.name()));
      return null;
    }
    return member.get();
  }

  private static void text(String value, String field, String what, int max, List<Violation> violations) {
    if (value == null) violations.add(Violation.of(field, "REQUIRED", field + "：" + what + "不能为空"));
    else if (value.length() > max) violations.add(Violation.of(field, "TOO_LONG", field + "：" + what + "不能超过 " + max + " 字"));
  }

  private static void refuse(String message, List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new ValidationException(message + "：" + violations.stream().map(Violation::message)
          .collect(Collectors.joining("；")), violations);
    }
  }

  private static String person(Member m) {
    return m.name() + "（" + m.id() + "）";
  }

  private static String person(ReportedViolation v) {
    return (v.name() == null ? "" : v.name()) + "（" + v.memberId() + "）";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static Pledge pledge(ResultSet rs, int row) throws SQLException {
    return new Pledge(rs.getString("election_id"), rs.getString("member_id"), rs.getString("name"),
        rs.getDate("signed_on").toLocalDate(), rs.getString("remark"), rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant());
  }

  private static ReportedViolation violation(ResultSet rs, int row) throws SQLException {
    Timestamp concluded = rs.getTimestamp("concluded_at");
    String stage = rs.getString("removal_stage");
    return new ReportedViolation(rs.getLong("id"), rs.getString("election_id"), rs.getString("member_id"),
        rs.getString("name"), ViolationKind.valueOf(rs.getString("kind")), rs.getString("description"),
        rs.getString("source"), rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant(),
        ViolationStatus.valueOf(rs.getString("status")), rs.getString("findings"), rs.getString("concluded_by"),
        concluded == null ? null : concluded.toInstant(), stage == null ? null : Stage.valueOf(stage));
  }
}
