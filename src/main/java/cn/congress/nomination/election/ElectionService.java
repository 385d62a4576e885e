package cn.congress.nomination.election;

import cn.congress.nomination.audit.AuditLog;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.NotFoundException;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.Viewer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Configuring elections: checks access, validates the whole request (every violation, nothing written when any), writes
 * in one transaction and records each change in the audit log.
 */
@Service
public class ElectionService {

  static final String SUBJECT = "ELECTION";
  static final String IDENTITY_SUBJECT = "ELECTION_IDENTITY";
  private static final int ID_HEX_DIGITS = 12;

  private final Elections elections;
  private final ElectionIdentities identities;
  private final Organizations organizations;
  private final AuditLog audit;

  ElectionService(Elections elections, ElectionIdentities identities, Organizations organizations, AuditLog audit) {
    this.elections = elections;
    this.identities = identities;
    this.organizations = organizations;
    this.audit = audit;
  }

  @Transactional
  public Election create(ElectionConfig request, Viewer viewer) {
    organizations.find(request.electoralUnitId() == null ? "" : request.electoralUnitId())
        .ifPresent(unit -> ElectionAccess.requireManage(viewer, unit));
    ElectionConfig config = request.id() == null ? request.withId(newId()) : request;
    reject(ElectionValidator.validate(config, newElectionContext()));
    Election election = config.toElection(ElectionStatus.DRAFT);
    elections.insert(election, viewer.userId());
    audit.record(viewer.userId(), "ELECTION_CREATED", SUBJECT, election.id(), describe(election));
    return elections.get(election.id());
  }

  @Transactional
  public Election replace(String id, ElectionConfig request, Viewer viewer) {
    Election existing = elections.get(id);
    ElectionAccess.requireManage(viewer, organizations.get(existing.electoralUnitId()));
    List<Violation> violations = new ArrayList<>();
    if (existing.status() != ElectionStatus.DRAFT) {
      violations.add(Violation.of("status", "ELECTION_NOT_DRAFT",
          "status：选举已" + existing.status().label() + "，只有草稿状态的选举可以修改配置"));
    }
    if (request.electoralUnitId() != null && !request.electoralUnitId().equals(existing.electoralUnitId())) {
      violations.add(Violation.of("electoralUnitId", "ELECTORAL_UNIT_FIXED",
          "electoralUnitId：选举所属的选举单位不能更改（" + existing.electoralUnitId() + "）"));
    }
    if (request.id() != null && !request.id().equals(id)) {
      violations.add(Violation.of("id", "ID_FIXED", "id：请求中的选举标识与地址中的 " + id + " 不一致"));
    }
    ElectionConfig config = request.withId(id).withElectoralUnit(existing.electoralUnitId());
    violations.addAll(ElectionValidator.validate(config, replacementContext(id)));
    reject(violations);
    Election election = config.toElection(ElectionStatus.DRAFT);
    if (!elections.replace(election, viewer.userId())) {
      reject(List.of(Violation.of("status", "ELECTION_NOT_DRAFT", "status：选举已不是草稿状态，不能修改配置")));
    }
    audit.record(viewer.userId(), "ELECTION_REPLACED", SUBJECT, id, describe(election));
    return elections.get(id);
  }

  /**
   * Replaces the schedule of an election not yet closed, checked by the schedule's own rules only (the rest of a running
   * election's configuration is fixed). The campaign moves its pending timers after this commits.
   */
  @Transactional
  public Election replaceSchedule(String id, List<Deadline> schedule, Viewer viewer) {
    Election existing = elections.get(id);
    ElectionAccess.requireManage(viewer, organizations.get(existing.electoralUnitId()));
    Violations violations = new Violations();
    if (existing.status() == ElectionStatus.CLOSED) {
      violations.add("status", "ELECTION_CLOSED", "status：选举已结束，不能再修改日程");
    }
    if (schedule == null || schedule.isEmpty()) violations.add("schedule", "REQUIRED", "schedule：日程不能为空");
    else new SchedulePolicy().check(ElectionConfig.of(existing).withSchedule(schedule), replacementContext(id), violations);
    reject("日程有误", violations.list());
    elections.replaceSchedule(id, schedule, viewer.userId());
    audit.record(viewer.userId(), "ELECTION_SCHEDULE_CHANGED", SUBJECT, id, schedule.stream()
        .map(d -> d.step().label() + "=" + d.dueOn()).collect(java.util.stream.Collectors.joining("；")));
    return elections.get(id);
  }

  /** Every violation of the stored configuration against today's tree and use (empty: it may be started). */
  @Transactional(readOnly = true)
  public List<Violation> violations(String id) {
    return ElectionValidator.validate(ElectionConfig.of(elections.get(id)), replacementContext(id));
  }

  /** Moves an election on (DRAFT → ACTIVE → CLOSED); the campaign calls it when it starts and ends. */
  @Transactional
  public void changeStatus(String id, ElectionStatus to, String actor) {
    Election election = elections.get(id);
    if (!election.status().mayBecome(to) || !elections.changeStatus(id, election.status(), to, actor)) {
      reject(List.of(Violation.of("status", "STATUS_TRANSITION",
          "status：选举状态不能从" + election.status().label() + "变为" + to.label())));
    }
    audit.record(actor, "ELECTION_STATUS_CHANGED", SUBJECT, id, election.status() + " -> " + to);
  }

  @Transactional(readOnly = true)
  public Election read(String id, Viewer viewer) {
    Election election = elections.get(id);
    ElectionAccess.requireRead(viewer, organizations.get(election.electoralUnitId()));
    return election;
  }

  @Transactional(readOnly = true)
  public List<ElectionSummary> list(String electoralUnitId, Viewer viewer) {
    if (electoralUnitId != null) {
      ElectionAccess.requireRead(viewer, organizations.get(electoralUnitId));
      return elections.ofElectoralUnit(electoralUnitId);
    }
    Map<String, Boolean> readable = new java.util.HashMap<>();
    return elections.all().stream().filter(e -> readable.computeIfAbsent(e.electoralUnitId(),
        unit -> organizations.find(unit).map(o -> ElectionAccess.canRead(viewer, o)).orElse(false))).toList();
  }

  /** A dry run of a new configuration: what creating it would answer, without writing. */
  @Transactional(readOnly = true)
  public ValidationReport validateNew(ElectionConfig request, Viewer viewer) {
    organizations.find(request.electoralUnitId() == null ? "" : request.electoralUnitId())
        .ifPresent(unit -> ElectionAccess.requireRead(viewer, unit));
    return ValidationReport.of(ElectionValidator.validate(request, newElectionContext()));
  }

  /** A dry run of a replacement, or without a body the stored configuration checked against today's tree and use. */
  @Transactional(readOnly = true)
  public ValidationReport validate(String id, Optional<ElectionConfig> request, Viewer viewer) {
    Election existing = read(id, viewer);
    ElectionConfig config = request.orElse(ElectionConfig.of(existing)).withId(id)
        .withElectoralUnit(existing.electoralUnitId());
    return ValidationReport.of(ElectionValidator.validate(config, replacementContext(id)));
  }

  @Transactional(readOnly = true)
  public List<IdentityAssignment> identities(String id, int offset, int limit, Viewer viewer) {
    read(id, viewer);
    return identities.page(id, offset, limit);
  }

  /** Assigns identities in bulk: all lines or none; returns how many changed. */
  @Transactional
  public int assignIdentities(String id, List<IdentityRequest> lines, Viewer viewer) {
    Election election = elections.get(id);
    Organization unit = organizations.get(election.electoralUnitId());
    ElectionAccess.requireManage(viewer, unit);
    List<Violation> violations = new ArrayList<>();
    if (election.status() == ElectionStatus.CLOSED) {
      violations.add(Violation.of("status", "ELECTION_CLOSED", "status：选举已结束，不能再界定身份"));
    }
    if (lines.isEmpty()) violations.add(Violation.of("", "REQUIRED", "请求中没有任何身份界定"));
    Map<String, MemberFacts> facts = identities.facts(lines.stream().filter(l -> l != null).map(IdentityRequest::memberId)
        .filter(m -> m != null && !m.isBlank()).toList());
    Set<String> seen = new HashSet<>();
    for (int row = 0; row < lines.size(); row++) {
      IdentityRequest line = lines.get(row);
      if (line == null) {
        violations.add(new Violation(row, "[" + row + "]", "REQUIRED", "[" + row + "]：空的身份界定"));
        continue;
      }
      var context = new IdentityPolicies.Line(row, line, Optional.ofNullable(facts.get(line.memberId())), election,
          unit.path());
      if (line.memberId() != null && !seen.add(line.memberId())) {
        violations.add(new Violation(row, "[" + row + "].memberId", "DUPLICATE_MEMBER",
            "[" + row + "].memberId：党员 " + line.memberId() + " 在请求中重复出现（每人只能有一个主要身份）"));
      }
      for (IdentityPolicies.IdentityPolicy policy : IdentityPolicies.all()) {
        policy.check(context).ifPresent(b -> violations.add(new Violation(context.row(), b.field(), b.rule(), b.message())));
      }
    }
    reject("身份界定有误", violations);
    List<IdentityRequest> changed = identities.assign(id, lines, viewer.userId());
    for (IdentityRequest line : changed) {
      audit.record(viewer.userId(), "IDENTITY_ASSIGNED", IDENTITY_SUBJECT, id + "/" + line.memberId(),
          "身份类别=" + line.category() + (line.evidence() == null || line.evidence().isBlank() ? "" : "；证明=" + line.evidence().trim()));
    }
    return changed.size();
  }

  @Transactional
  public void removeIdentity(String id, String memberId, Viewer viewer) {
    Election election = elections.get(id);
    ElectionAccess.requireManage(viewer, organizations.get(election.electoralUnitId()));
    if (election.status() == ElectionStatus.CLOSED) {
      reject(List.of(Violation.of("status", "ELECTION_CLOSED", "status：选举已结束，不能再界定身份")));
    }
    if (!identities.remove(id, memberId)) throw new NotFoundException("党员 " + memberId + " 在选举 " + id + " 中没有身份界定");
    audit.record(viewer.userId(), "IDENTITY_REMOVED", IDENTITY_SUBJECT, id + "/" + memberId, null);
  }

  private ValidationContext newElectionContext() {
    return new ValidationContext() {
      public Optional<Organization> organization(String id) {
        return organizations.find(id);
      }

      public boolean electionIdTaken(String id) {
        return elections.exists(id);
      }

      public Set<String> categoriesInUse() {
        return Set.of();
      }
    };
  }

  private ValidationContext replacementContext(String electionId) {
    Set<String> inUse = identities.categoriesInUse(electionId);
    return new ValidationContext() {
      public Optional<Organization> organization(String id) {
        return organizations.find(id);
      }

      public boolean electionIdTaken(String id) {
        return false;
      }

      public Set<String> categoriesInUse() {
        return inUse;
      }
    };
  }

  private static void reject(List<Violation> violations) {
    reject("选举配置有误", violations);
  }

  private static void reject(String what, List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new ValidationException(what + "，共" + violations.size() + "处，未作任何修改", violations);
    }
  }

  private static String newId() {
    return "el-" + UUID.randomUUID().toString().replace("-", "").substring(0, ID_HEX_DIGITS);
  }

  /** The audit detail: what was configured, in short. */
  private static String describe(Election e) {
    return "名称=" + e.name() + "；选举单位=" + e.electoralUnitId() + "；选举日期=" + e.electionDate() + "；名额=" + e.seats()
        + "；推荐方式=" + e.nominationMode() + "；公示期=" + e.publicityWorkingDays() + "个工作日；差额阶段="
        + e.margins().size() + "；身份类别=" + e.identityCategories().size() + "；结构规则=" + e.structureRules().size()
        + "；推荐单位=" + e.unitSeats().size() + "；日程步骤=" + e.schedule().size();
  }
}
