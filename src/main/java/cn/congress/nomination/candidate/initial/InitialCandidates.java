package cn.congress.nomination.candidate.initial;

import cn.congress.nomination.audit.AuditLog;
import cn.congress.nomination.candidate.CandidateRemovals;
import cn.congress.nomination.candidate.Slate;
import cn.congress.nomination.candidate.Slates;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.meeting.Meeting;
import cn.congress.nomination.meeting.MeetingDraft;
import cn.congress.nomination.meeting.MeetingRecords;
import cn.congress.nomination.meeting.MeetingStatus;
import cn.congress.nomination.meeting.MeetingVote;
import cn.congress.nomination.meeting.RankedName;
import cn.congress.nomination.nomination.targets.InspectionTargets;
import cn.congress.nomination.notice.NoticeKind;
import cn.congress.nomination.notice.Notices;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The initial candidates of an election (代表候选人初步人选): chosen by the standing committee from the inspected
 * targets still standing, confirmed by a second person, the discipline commission consulted, the upper committee's
 * consent; published (publicity) and sent down to the recommending units (三下), whose feedback comes up (三上); after
 * a publicity removed names the committee decides a replacement or a shorter list. Called by the process's listener
 * and delegates in the engine's transaction; every decision goes to the audit log.
 */
@Service("initialCandidates")
public class InitialCandidates {

  static final String SUBJECT = "initial-candidates";

  private final Elections elections;
  private final Organizations organizations;
  private final MeetingRecords meetings;
  private final CandidateRemovals removals;
  private final Slates slates;
  private final InitialCandidateStore store;
  private final InspectionTargets targets;
  private final Notices notices;
  private final AuditLog audit;

  InitialCandidates(Elections elections, Organizations organizations, MeetingRecords meetings,
                    CandidateRemovals removals, Slates slates, InitialCandidateStore store,
                    InspectionTargets targets, Notices notices, AuditLog audit) {
    this.elections = elections;
    this.organizations = organizations;
    this.meetings = meetings;
    this.removals = removals;
    this.slates = slates;
    this.store = store;
    this.targets = targets;
    this.notices = notices;
    this.audit = audit;
  }

  Election election(String electionId) {
    return elections.get(electionId);
  }

  /** The upper committee consenting to the list: the electoral unit's parent organization. */
  public String upperCommitteeOf(String electionId) {
    return organizations.get(election(electionId).electoralUnitId()).parentId();
  }

  /** The recommending units the list goes down to (三下): the electoral unit's children. */
  public List<String> recommendingUnits(String electionId) {
    return organizations.children(election(electionId).electoralUnitId()).stream()
        .filter(o -> o.type() == OrganizationType.RECOMMENDING_UNIT).map(Organization::id).toList();
  }

  /** The inspected targets still standing (not vetoed or otherwise removed), in the targets' order. */
  public List<String> pool(String electionId) {
    return removals.remaining(electionId, targets.fixed(electionId));
  }

  /** The pool as the rules see it (names, categories), for the forms. */
  public Slate poolSlate(String electionId) {
    List<String> pool = pool(electionId);
    return slate(election(electionId), pool, pool);
  }

  // --- the standing committee's meetings ---

  @Transactional
  public void saveDraft(String electionId, InitialStage stage, MeetingDraft draft, String user) {
    store.saveDraft(electionId, stage, draft, user);
    audit.record(user, "INITIAL_" + stage.name() + "_DRAFT_SAVED", SUBJECT, electionId, stage.label()
        + "会议记录草稿：拟定 " + selected(draft).size() + " 名");
  }

  public Optional<MeetingDraft> draft(String electionId, InitialStage stage) {
    return store.draft(electionId, stage);
  }

  public Optional<Meeting> meeting(String electionId, InitialStage stage) {
    return meetings.current(electionId, election(electionId).electoralUnitId(), stage.kind());
  }

  /**
   * Records the stage's meeting from its draft after checking every list rule and every meeting rule. Refuses
   * (nothing changes) on any violation.
   */
  @Transactional
  public long recordMeeting(String electionId, InitialStage stage, String user) {
    Election election = election(electionId);
    MeetingDraft draft = store.draft(electionId, stage).orElseThrow(() -> new ValidationException(
        stage.label() + "尚无会议记录", List.of(Violation.of("draft", "DRAFT_MISSING",
            "尚未填写" + stage.label() + "的会议记录（应到、实到、表决情况），不能提交"))));
    List<String> pool = pool(electionId);
    List<String> chosen = selected(draft);
    Slate slate = slate(election, chosen, pool);
    Slates.require(slate, InitialCandidatePolicies.of(stage), stage.label());
    List<RankedName> ranking = pool.stream().map(id -> new RankedName(id, slate.known().containsKey(id)
        ? slate.known().get(id).member().name() : id, 0, 0)).toList();
    long meetingId = meetings.record(electionId, election.electoralUnitId(), stage.kind(), draft, ranking, user);
    audit.record(user, "INITIAL_" + stage.name() + "_RECORDED", SUBJECT, electionId, stage.label() + "（会议记录 "
        + meetingId + "）：" + names(slate, chosen));
    return meetingId;
  }

  /** The second person confirms or rejects (with a reason) the stage's pending meeting record. */
  @Transactional
  public void decideMeeting(String electionId, InitialStage stage, String user, boolean confirmed, String reason) {
    Meeting meeting = meeting(electionId, stage).filter(m -> m.status() == MeetingStatus.RECORDED)
        .orElseThrow(() -> new ValidationException(stage.label() + "没有待确认的会议记录", List.of(Violation.of(
            "meeting", "NOT_PENDING", stage.label() + "没有待确认的会议记录"))));
    if (confirmed) {
      meetings.confirm(meeting.id(), user);
    } else {
      meetings.reject(meeting.id(), user, reason);
    }
    audit.record(user, "INITIAL_" + stage.name() + (confirmed ? "_CONFIRMED" : "_REJECTED"), SUBJECT, electionId,
        stage.label() + "（会议记录 " + meeting.id() + "）" + (confirmed ? "经第二人确认" : "被退回，理由：" + reason));
  }

  // --- consultation and consent ---

  /**
   * The discipline commission's opinion on the confirmed proposal, or the upper committee's consent. Not agreeing
   * needs a reason and reopens the proposal (its records are superseded; the committee proposes anew).
   */
  @Transactional
  public void review(String electionId, InitialReview.Step step, String user, Boolean agrees, String remark) {
    String field = step == InitialReview.Step.DISCIPLINE ? InitialCandidatesProcess.DISCIPLINE_AGREES
        : InitialCandidatesProcess.UPPER_CONSENTS;
    String who = step == InitialReview.Step.DISCIPLINE ? "纪委意见" : "上级党委审核";
    if (agrees == null) {
      throw new ValidationException("须选择同意或不同意", List.of(Violation.of(field, "REVIEW_GIVEN",
          who + "：须选择同意或不同意代表候选人初步人选建议名单")));
    }
    if (!agrees && blank(remark)) {
      throw new ValidationException("不同意须说明理由", List.of(Violation.of(InitialCandidatesProcess.REMARK,
          "REVIEW_REASON", who + "：不同意（退回）须说明理由，如对哪些人选有何意见")));
    }
    Meeting proposal = meeting(electionId, InitialStage.PROPOSAL).filter(m -> m.status() == MeetingStatus.CONFIRMED)
        .orElseThrow(() -> new ValidationException("建议名单尚未确认", List.of(Violation.of("proposal",
            "PROPOSAL_CONFIRMED", "代表候选人初步人选建议名单尚未经第二人确认"))));
    store.insertReview(electionId, proposal.id(), step, agrees, trimmed(remark), user);
    audit.record(user, "INITIAL_" + step.name() + (agrees ? "_AGREED" : "_RETURNED"), SUBJECT, electionId,
        who + "（会议记录 " + proposal.id() + "）：" + (agrees ? "同意" : "不同意，理由：" + remark.trim())
            + (agrees && !blank(remark) ? "；" + remark.trim() : ""));
    if (!agrees) {
      meetings.supersede(electionId, election(electionId).electoralUnitId(), InitialStage.PROPOSAL.kind(),
          who + "不同意：" + remark.trim(), user);
    }
  }

  public List<InitialReview> reviews(String electionId) {
    return store.reviews(electionId);
  }

  // --- the current list, publicity, 三下 ---

  /**
   * The list as the standing committee last confirmed it (the adjustment where there is one, else the proposal),
   * before removals; empty while none is confirmed.
   */
  public List<String> current(String electionId) {
    return meeting(electionId, InitialStage.ADJUSTMENT).filter(m -> m.status() == MeetingStatus.CONFIRMED)
        .or(() -> meeting(electionId, InitialStage.PROPOSAL).filter(m -> m.status() == MeetingStatus.CONFIRMED))
        .map(Meeting::selectedMemberIds).orElse(List.of());
  }

  /** The current list without the removed names. */
  public List<String> standing(String electionId) {
    return removals.remaining(electionId, current(electionId));
  }

  /** Names of the current list not yet published (all at first; the replacements after an adjustment). */
  public List<String> unpublished(String electionId) {
    Set<String> published = new HashSet<>(store.published(electionId));
    return standing(electionId).stream().filter(id -> !published.contains(id)).toList();
  }

  /** Whether a published name of the current list was removed (the committee must then adjust the list). */
  public boolean namesRemoved(String electionId) {
    return current(electionId).size() != standing(electionId).size();
  }

  /**
   * Publishes the unpublished names: records them with the publicity period the caller opened, tells every branch
   * (five must-knows #3) and sends the list down to the recommending units (三下), whose feedback is asked anew.
   */
  @Transactional
  public void recordPublished(String electionId, List<String> memberIds, String publicityId) {
    Election election = election(electionId);
    store.markPublished(electionId, memberIds, publicityId);
    store.clearFeedback(electionId);
    Slate slate = slate(election, standing(electionId), List.of());
    String list = standing(electionId).stream().map(slate::person).collect(Collectors.joining("、"));
    Organization unit = organizations.get(election.electoralUnitId());
    int branches = notices.toBranchesOf(NoticeKind.INITIAL_CANDIDATES_PUBLISHED, electionId, unit.path(),
        NoticeKind.INITIAL_CANDIDATES_PUBLISHED.label(), "代表候选人初步人选（" + standing(electionId).size() + " 名）："
            + list + "。公示期间如有意见，可通过公示公告所列渠道反映。");
    for (String unitId : recommendingUnits(electionId)) {
      notices.toOrganization(NoticeKind.INITIAL_CANDIDATES_DELIBERATION, electionId, unitId,
          NoticeKind.INITIAL_CANDIDATES_DELIBERATION.label(), "请组织酝酿代表候选人初步人选名单并反馈意见：" + list);
    }
    audit.record("system", "INITIAL_PUBLISHED", SUBJECT, electionId, "公示 " + memberIds.size() + " 名（公示 "
        + publicityId + "），通知党支部 " + branches + " 个，下发推荐单位酝酿");
  }

  @Transactional
  public void saveFeedback(String electionId, String unitId, UnitFeedback.Request request, String user) {
    List<Violation> violations = new ArrayList<>();
    if (request == null || request.agrees() == null) {
      violations.add(Violation.of(InitialCandidatesProcess.FEEDBACK_AGREES, "FEEDBACK_GIVEN",
          "须选择同意或不同意代表候选人初步人选名单"));
    } else if (!request.agrees() && blank(request.remark())) {
      violations.add(Violation.of(InitialCandidatesProcess.REMARK, "DISAGREEMENT_EXPLAINED",
          "不同意代表候选人初步人选名单时须说明意见"));
    }
    if (!violations.isEmpty()) {
      throw new ValidationException("推荐单位 " + unitId + " 的意见未保存：" + violations.stream()
          .map(Violation::message).collect(Collectors.joining("；")), violations);
    }
    store.saveFeedback(electionId, unitId, request.agrees(), trimmed(request.remark()), user);
    store.submitFeedback(electionId, unitId);
    audit.record(user, "INITIAL_FEEDBACK_SUBMITTED", SUBJECT, electionId + "/" + unitId, (request.agrees() ? "同意"
        : "不同意") + "代表候选人初步人选名单" + (blank(request.remark()) ? "" : "：" + request.remark().trim()));
  }

  public List<UnitFeedback> feedback(String electionId) {
    return store.feedback(electionId);
  }

  /** The recommending units that have not submitted their feedback on the list sent down. */
  public List<String> lateUnits(String electionId) {
    Set<String> given = store.feedback(electionId).stream().filter(UnitFeedback::submitted)
        .map(UnitFeedback::unitId).collect(Collectors.toSet());
    return recommendingUnits(electionId).stream().filter(u -> !given.contains(u)).toList();
  }

  /**
   * The publicity period is over: 三下 ends with it, the units that gave no feedback are taken as having none (their
   * tasks end), recorded and told.
   */
  @Transactional
  public List<String> closeDeliberation(String electionId) {
    List<String> late = lateUnits(electionId);
    for (String unitId : late) {
      notices.toOrganization(NoticeKind.LATE, electionId, unitId, NoticeKind.LATE.label(),
          "公示期已满，征求对代表候选人初步人选意见的工作结束，本单位未反馈意见，视为无意见");
    }
    audit.record("system", "INITIAL_DELIBERATION_CLOSED", SUBJECT, electionId, "公示期满，征求意见结束；未反馈意见的推荐单位视为无意见："
        + (late.isEmpty() ? "无" : String.join("、", late)));
    return late;
  }

  // --- 三上: filing ---

  /** The organization department consolidates the units' feedback and files the final list. */
  @Transactional
  public long file(String electionId, String summary, String user) {
    if (blank(summary)) {
      throw new ValidationException("须填写意见汇总", List.of(Violation.of(InitialCandidatesProcess.SUMMARY,
          "SUMMARY_GIVEN", "须填写各推荐单位酝酿意见的汇总情况")));
    }
    List<String> list = standing(electionId);
    long id = store.insertFiling(electionId, list, summary.trim(), user);
    audit.record(user, "INITIAL_FILED", SUBJECT, electionId, "代表候选人初步人选 " + list.size() + " 名定稿（"
        + id + "）；意见汇总：" + summary.trim());
    return id;
  }

  public Optional<InitialFiling> filing(String electionId) {
    return store.latestFiling(electionId);
  }

  // --- helpers ---

  /** Identity: the election's definition where assigned, else the category the filing unit gave (the target pool's). */
  Slate slate(Election election, List<String> memberIds, List<String> pool) {
    Map<String, String> filedCategory = new HashMap<>();
    targets.pool(election.id()).forEach(p -> filedCategory.put(p.memberId(), p.identityCategory()));
    return slates.slate(election, new Slates.Naming(InitialCandidatePolicies.LABEL,
        InitialCandidatePolicies.CODE_PREFIX, InitialCandidatePolicies.FIELD), memberIds, new LinkedHashSet<>(pool),
        filedCategory, pool);
  }

  private static List<String> selected(MeetingDraft draft) {
    return draft.votes() == null ? List.of() : draft.votes().stream()
        .filter(v -> v != null && v.selected() && v.memberId() != null).map(MeetingVote::memberId).toList();
  }

  private static String names(Slate slate, List<String> ids) {
    return ids.size() + " 名：" + ids.stream().map(slate::person).collect(Collectors.joining("、"));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String trimmed(String s) {
    return blank(s) ? null : s.trim();
  }
}
