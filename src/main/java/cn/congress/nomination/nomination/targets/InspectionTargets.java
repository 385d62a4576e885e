package cn.congress.nomination.nomination.targets;

import cn.congress.nomination.audit.AuditLog;
import cn.congress.nomination.candidate.Slate;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.election.IdentityCategory;
import cn.congress.nomination.election.IdentityKind;
import cn.congress.nomination.meeting.Meeting;
import cn.congress.nomination.meeting.MeetingRecords;
import cn.congress.nomination.meeting.MeetingStatus;
import cn.congress.nomination.meeting.RankedName;
import cn.congress.nomination.nomination.unit.UnitLists;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection targets of an election (二下/二上): the merged pool, the standing committee's proposal and decision as
 * meeting records (rules of {@link TargetPolicies} checked before they are recorded), the units' opinions, the filing
 * and its review. Called by the process's listeners and delegates, in the engine's transaction; every decision goes to
 * the audit log.
 */
@Service("inspectionTargets")
public class InspectionTargets {

  static final String SUBJECT = "inspection-targets";

  private final Elections elections;
  private final Organizations organizations;
  private final Members members;
  private final UnitLists unitLists;
  private final MeetingRecords meetings;
  private final TargetStore store;
  private final TargetRules rules;
  private final AuditLog audit;
  private final ObjectMapper json;

  InspectionTargets(Elections elections, Organizations organizations, Members members, UnitLists unitLists,
                    MeetingRecords meetings, TargetStore store, TargetRules rules, AuditLog audit, ObjectMapper json) {
    this.elections = elections;
    this.organizations = organizations;
    this.members = members;
    this.unitLists = unitLists;
    this.meetings = meetings;
    this.store = store;
    this.rules = rules;
    this.audit = audit;
    this.json = json;
  }

  /** The recommending units asked for their opinion (the multi-instance collection): the electoral unit's children. */
  public List<String> recommendingUnits(String electionId) {
    Election election = elections.get(electionId);
    return organizations.children(election.electoralUnitId()).stream()
        .filter(o -> o.type() == OrganizationType.RECOMMENDING_UNIT).map(Organization::id).toList();
  }

  Election election(String electionId) {
    return elections.get(electionId);
  }

  // --- the pool ---

  @Transactional
  public int merge(String electionId) {
    int names = store.replacePool(electionId, unitLists.pool(electionId));
    audit.record("system", "TARGET_POOL_MERGED", SUBJECT, electionId, "汇总各推荐单位报送的推荐人选 " + names + " 名");
    return names;
  }

  public List<PoolEntry> pool(String electionId) {
    return store.pool(electionId);
  }

  // --- the standing committee's meetings ---

  @Transactional
  public void saveDraft(String electionId, TargetStage stage, TargetDraft draft, String user) {
    store.saveDraft(electionId, stage, draft, user);
    audit.record(user, "TARGET_" + stage.name() + "_DRAFT_SAVED", SUBJECT, electionId,
        stage.label() + "会议记录草稿：拟定 " + draft.targets().size() + " 名");
  }

  public Optional<TargetDraft> draft(String electionId, TargetStage stage) {
    return store.draft(electionId, stage);
  }

  public Optional<Meeting> meeting(String electionId, TargetStage stage) {
    return meetings.current(electionId, election(electionId).electoralUnitId(), stage.kind());
  }

  /** The targets the standing committee fixed (二上): the decision's names, in its order (empty without one). */
  public List<String> fixed(String electionId) {
    return targets(electionId, TargetStage.DECISION);
  }

  /** The names of the stage's current meeting record (empty without one). */
  public List<String> targets(String electionId, TargetStage stage) {
    return meeting(electionId, stage).map(Meeting::selectedMemberIds).orElse(List.of());
  }

  /**
   * Records the stage's meeting from its draft after checking every target rule and every meeting rule; the decision
   * also stores its changes against the confirmed proposal. Refuses (nothing changes) on any violation.
   */
  @Transactional
  public long recordMeeting(String electionId, TargetStage stage, String user) {
    Election election = election(electionId);
    TargetDraft draft = store.draft(electionId, stage).orElseThrow(() -> new ValidationException(
        stage.label() + "尚无会议记录", List.of(Violation.of("draft", "DRAFT_MISSING",
            "尚未填写" + stage.label() + "的会议记录（应到、实到、表决情况），不能提交"))));
    List<PoolEntry> pool = store.pool(electionId);
    List<String> proposal = null;
    if (stage == TargetStage.DECISION) {
      Meeting proposed = meeting(electionId, TargetStage.PROPOSAL).filter(m -> m.status() == MeetingStatus.CONFIRMED)
          .orElseThrow(() -> new ValidationException("考察对象建议名单尚未确认", List.of(Violation.of("proposal",
              "PROPOSAL_CONFIRMED", "常委会提出的考察对象建议名单尚未经第二人确认，不能研究确定考察对象"))));
      proposal = proposed.selectedMemberIds();
    }
    List<String> targets = draft.targets();
    TargetSlate slate = rules.slate(election, targets, pool, proposal, draft.changeReasons());
    rules.require(slate, stage);
    List<RankedName> ranking = pool.stream()
        .map(p -> new RankedName(p.memberId(), p.name(), p.branches(), p.members())).toList();
    long meetingId = meetings.record(electionId, election.electoralUnitId(), stage.kind(), draft.meeting(), ranking,
        user);
    if (stage == TargetStage.DECISION) {
      Map<String, String> added = new LinkedHashMap<>();
      Map<String, String> removed = new LinkedHashMap<>();
      Set<String> before = new HashSet<>(proposal);
      Set<String> after = new HashSet<>(targets);
      targets.stream().filter(id -> !before.contains(id)).forEach(id -> added.put(id, draft.changeReasons().get(id)));
      proposal.stream().filter(id -> !after.contains(id)).forEach(id -> removed.put(id, draft.changeReasons().get(id)));
      store.replaceChanges(electionId, added, removed);
    }
    audit.record(user, "TARGET_" + stage.name() + "_RECORDED", SUBJECT, electionId, stage.label() + "（会议记录 "
        + meetingId + "）：" + names(slate, targets));
    return meetingId;
  }

  /** The second person confirms or rejects (with a reason) the stage's pending meeting record. */
  @Transactional
  public void decideMeeting(String electionId, TargetStage stage, String user, boolean confirmed, String reason) {
    Meeting meeting = meeting(electionId, stage).filter(m -> m.status() == MeetingStatus.RECORDED)
        .orElseThrow(() -> new ValidationException(stage.label() + "没有待确认的会议记录", List.of(Violation.of(
            "meeting", "NOT_PENDING", stage.label() + "没有待确认的会议记录"))));
    if (confirmed) {
      meetings.confirm(meeting.id(), user);
      if (stage == TargetStage.PROPOSAL) store.clearOpinions(electionId);
    } else {
      meetings.reject(meeting.id(), user, reason);
    }
    audit.record(user, "TARGET_" + stage.name() + (confirmed ? "_CONFIRMED" : "_REJECTED"), SUBJECT, electionId,
        stage.label() + "（会议记录 " + meeting.id() + "）" + (confirmed ? "经第二人确认" : "被退回，理由：" + reason));
  }

  // --- 二下: the units' opinions ---

  @Transactional
  public void saveOpinion(String electionId, String unitId, TargetOpinion.Request request, String user) {
    List<Violation> violations = new java.util.ArrayList<>();
    if (request == null || request.agrees() == null) {
      violations.add(Violation.of("agrees", "OPINION_GIVEN", "须选择同意或不同意考察对象建议名单"));
    }
    List<String> proposed = targets(electionId, TargetStage.PROPOSAL);
    List<TargetOpinion.NameRemark> remarks = request == null || request.nameRemarks() == null ? List.of()
        : request.nameRemarks().stream().filter(r -> r != null && r.remark() != null && !r.remark().isBlank()).toList();
    for (TargetOpinion.NameRemark r : remarks) {
      if (!proposed.contains(r.memberId())) {
        violations.add(Violation.of("nameRemarks", "REMARK_ON_PROPOSED_NAME", "党员 " + r.memberId()
            + " 不在考察对象建议名单中，不能对其提出意见"));
      }
    }
    if (request != null && Boolean.FALSE.equals(request.agrees()) && remarks.isEmpty()
        && (request.remark() == null || request.remark().isBlank())) {
      violations.add(Violation.of("remark", "DISAGREEMENT_EXPLAINED", "不同意建议名单时须说明意见（总体意见或对具体人选的意见）"));
    }
    if (!violations.isEmpty()) {
      throw new ValidationException("推荐单位 " + unitId + " 的意见未保存：" + violations.stream()
          .map(Violation::message).collect(Collectors.joining("；")), violations);
    }
    store.saveOpinion(electionId, unitId, request.agrees(), blankToNull(request.remark()), remarks, user);
    audit.record(user, "TARGET_OPINION_SAVED", SUBJECT, electionId + "/" + unitId, (request.agrees() ? "同意" : "不同意")
        + "考察对象建议名单" + (remarks.isEmpty() ? "" : "，对 " + remarks.size() + " 名人选提出意见"));
  }

  @Transactional
  public void submitOpinion(String electionId, String unitId, String user) {
    if (!store.submitOpinion(electionId, unitId)) {
      throw new ValidationException("推荐单位 " + unitId + " 尚未填写意见", List.of(Violation.of("opinion",
          "OPINION_GIVEN", "推荐单位 " + unitId + " 尚未填写对考察对象建议名单的意见，不能提交")));
    }
    audit.record(user, "TARGET_OPINION_SUBMITTED", SUBJECT, electionId + "/" + unitId, "推荐单位意见已反馈");
  }

  /** The decision's changes against the proposal: member id → [ADDED or REMOVED, reason]. */
  public Map<String, String[]> changes(String electionId) {
    return store.changes(electionId);
  }

  public List<TargetOpinion> opinions(String electionId) {
    return store.opinions(electionId);
  }

  /** The recommending units that have not submitted their opinion. */
  public List<String> lateUnits(String electionId) {
    Set<String> given = store.opinions(electionId).stream().filter(TargetOpinion::submitted)
        .map(TargetOpinion::unitId).collect(Collectors.toSet());
    return recommendingUnits(electionId).stream().filter(u -> !given.contains(u)).toList();
  }

  /** The escalation: the late units were chased; closing the round without them needs a reason. */
  @Transactional
  public void recordChase(String electionId, String user, String note, boolean close) {
    if (close && (note == null || note.isBlank())) {
      throw new ValidationException("结束征求意见须说明理由", List.of(Violation.of(InspectionTargetsProcess.REASON,
          "CLOSE_REASON", "结束征求意见（未反馈单位视为无意见）须说明理由")));
    }
    audit.record(user, "TARGET_OPINIONS_CHASED", SUBJECT, electionId, "督促逾期未反馈意见的推荐单位："
        + String.join("、", lateUnits(electionId)) + (note == null || note.isBlank() ? "" : "；" + note.trim())
        + (close ? "；决定结束征求意见" : ""));
  }

  /** The round closes without the late units: their tasks are cancelled by the process, recorded here. */
  @Transactional
  public void recordClosed(String electionId) {
    audit.record("system", "TARGET_OPINIONS_CLOSED", SUBJECT, electionId, "征求意见结束，未反馈意见的推荐单位视为无意见："
        + String.join("、", lateUnits(electionId)));
  }

  // --- filing and review ---

  /** Files the confirmed decision's roster and statistics; returns whether the upper committee must consent. */
  @Transactional
  public boolean file(String electionId, String user) {
    Election election = election(electionId);
    Meeting decision = meeting(electionId, TargetStage.DECISION).filter(m -> m.status() == MeetingStatus.CONFIRMED)
        .orElseThrow(() -> new ValidationException("考察对象决定尚未确认", List.of(Violation.of("decision",
            "DECISION_CONFIRMED", "常委会确定考察对象的会议记录尚未经第二人确认，不能报送"))));
    List<String> targets = decision.selectedMemberIds();
    ObjectNode roster = roster(election, decision, targets);
    ObjectNode statistics = statistics(election, targets);
    boolean consent = election.targetsNeedUpperConsent();
    long id = store.insertFiling(electionId, roster, statistics, user,
        consent ? TargetFiling.FILED : TargetFiling.NOT_REQUIRED);
    audit.record(user, "TARGETS_FILED", SUBJECT, electionId, "报送考察对象名册（" + targets.size()
        + " 名）和推荐提名情况统计表（报备 " + id + "）" + (consent ? "，待上级党委组织部同意" : "，备案"));
    return consent;
  }

  public Optional<TargetFiling> filing(String electionId) {
    return store.latestFiling(electionId);
  }

  @Transactional
  public void review(String electionId, String user, Boolean consent, String reason) {
    if (consent == null) {
      throw new ValidationException("须选择同意或退回", List.of(Violation.of(InspectionTargetsProcess.FILING_CONSENTED,
          "REVIEW_GIVEN", "须选择同意或退回考察对象报备")));
    }
    if (!consent && (reason == null || reason.isBlank())) {
      throw new ValidationException("退回须说明理由", List.of(Violation.of(InspectionTargetsProcess.REASON,
          "RETURN_REASON", "退回考察对象报备须说明理由")));
    }
    TargetFiling filing = store.latestFiling(electionId).filter(f -> TargetFiling.FILED.equals(f.status()))
        .orElseThrow(() -> new ValidationException("没有待审核的报备", List.of(Violation.of("filing", "NOT_PENDING",
            "没有待审核的考察对象报备"))));
    String status = consent ? TargetFiling.CONSENTED : TargetFiling.RETURNED;
    if (!store.review(filing.id(), status, user, blankToNull(reason))) {
      throw new ValidationException("报备已审核", List.of(Violation.of("filing", "NOT_PENDING", "该报备已审核")));
    }
    audit.record(user, consent ? "TARGET_FILING_CONSENTED" : "TARGET_FILING_RETURNED", SUBJECT, electionId,
        "考察对象报备 " + filing.id() + (consent ? "：同意" : "：退回，理由：" + reason.trim()));
  }

  /** A returned filing reopens the decision: its meeting records are superseded, the committee decides anew. */
  @Transactional
  public void reopenDecision(String electionId) {
    Election election = election(electionId);
    String reason = store.latestFiling(electionId).map(TargetFiling::reviewReason).orElse("上级党委组织部退回");
    int superseded = meetings.supersede(electionId, election.electoralUnitId(), TargetStage.DECISION.kind(),
        "上级党委组织部退回考察对象报备：" + reason, "system");
    audit.record("system", "TARGET_DECISION_REOPENED", SUBJECT, electionId, "上级退回，原考察对象决定作废（"
        + superseded + " 份会议记录），常委会重新研究；理由：" + reason);
  }

  // --- the filed materials ---

  private ObjectNode roster(Election election, Meeting decision, List<String> targets) {
    Map<String, PoolEntry> pool = new HashMap<>();
    store.pool(election.id()).forEach(p -> pool.put(p.memberId(), p));
    Map<String, String[]> changes = store.changes(election.id());
    TargetSlate slate = rules.slate(election, targets, List.copyOf(pool.values()), null, null);
    ObjectNode roster = json.createObjectNode();
    roster.put("electionId", election.id()).put("electoralUnitId", election.electoralUnitId())
        .put("meetingId", decision.id()).put("decidedBy", decision.recordedBy())
        .put("confirmedBy", decision.confirmedBy()).put("count", targets.size());
    ArrayNode rows = roster.putArray("targets");
    int order = 1;
    for (String id : targets) {
      Slate.Entry t = slate.known().get(id);
      PoolEntry p = pool.get(id);
      ObjectNode row = rows.addObject().put("order", order++).put("memberId", id);
      if (t != null) {
        Member m = t.member();
        row.put("name", m.name()).put("gender", m.gender() == null ? null : m.gender().name())
            .put("ethnicity", m.ethnicity()).put("birthDate", String.valueOf(m.birthDate()))
            .put("ageAtElection", m.birthDate() == null ? null : m.ageOn(election.electionDate()))
            .put("branchId", m.organizationId()).put("cadreLevel", String.valueOf(m.cadreLevel()))
            .put("category", t.category())
            .put("categoryName", election.category(t.category()).map(IdentityCategory::name).orElse(null));
      }
      if (p != null) {
        row.put("poolRank", p.rank()).put("branches", p.branches()).put("members", p.members());
        ArrayNode units = row.putArray("recommendedBy");
        p.unitIds().forEach(units::add);
      }
      String[] change = changes.get(id);
      if (change != null) row.put("addedReason", change[1]);
    }
    ArrayNode removed = roster.putArray("removedFromProposal");
    changes.forEach((id, change) -> {
      if ("REMOVED".equals(change[0])) removed.addObject().put("memberId", id).put("reason", change[1]);
    });
    return roster;
  }

  private ObjectNode statistics(Election election, List<String> targets) {
    List<PoolEntry> pool = store.pool(election.id());
    List<String> units = recommendingUnits(election.id());
    Set<String> filing = pool.stream().flatMap(p -> p.unitIds().stream()).collect(Collectors.toSet());
    List<TargetOpinion> opinions = store.opinions(election.id());
    TargetSlate slate = rules.slate(election, targets, pool, null, null);
    ObjectNode s = json.createObjectNode();
    s.put("seats", election.seats()).put("targets", targets.size())
        .put("recommendingUnits", units.size()).put("unitsFiled", filing.size())
        .put("namesInPool", pool.size())
        .put("branchesBacking", pool.stream().mapToLong(PoolEntry::branches).sum())
        .put("membersBacking", pool.stream().mapToLong(PoolEntry::members).sum())
        .put("opinionsGiven", opinions.stream().filter(TargetOpinion::submitted).count())
        .put("opinionsAgreeing", opinions.stream().filter(o -> o.submitted() && o.agrees()).count())
        .put("opinionsDisagreeing", opinions.stream().filter(o -> o.submitted() && !o.agrees()).count());
    ObjectNode byCategory = s.putObject("targetsByCategory");
    ObjectNode byKind = s.putObject("targetsByKind");
    for (IdentityCategory c : election.identityCategories()) byCategory.put(c.code(), 0);
    for (IdentityKind k : IdentityKind.values()) byKind.put(k.name(), 0);
    int women = 0;
    int minority = 0;
    int under50 = 0;
    for (String id : targets) {
      Slate.Entry t = slate.known().get(id);
      if (t == null) continue;
      if (t.category() != null) {
        byCategory.put(t.category(), byCategory.path(t.category()).asInt() + 1);
        election.category(t.category()).ifPresent(c -> byKind.put(c.kind().name(), byKind.path(c.kind().name()).asInt() + 1));
      }
      Member m = t.member();
      if (m.gender() != null && "FEMALE".equals(m.gender().name())) women++;
      if (m.isMinority()) minority++;
      if (m.birthDate() != null && m.ageOn(election.electionDate()) < 50) under50++;
    }
    s.put("women", women).put("minority", minority).put("under50", under50);
    return s;
  }

  private static String names(TargetSlate slate, List<String> ids) {
    return ids.size() + " 名：" + ids.stream().map(slate::person).collect(Collectors.joining("、"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  JsonNode toJson(Object value) {
    return json.valueToTree(value);
  }
}
