package cn.congress.nomination.campaign;

import static cn.congress.nomination.campaign.ElectionCampaignProcess.*;

import cn.congress.nomination.audit.AuditLog;
import cn.congress.nomination.calendar.CalendarDataMissingException;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.election.ElectionStatus;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.election.ScheduleStep;
import cn.congress.nomination.fanout.FanOutIds;
import cn.congress.nomination.fanout.FanOuts;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.SystemCalls;
import cn.congress.nomination.security.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting an election's campaign (its electoral unit's organization department, once, on a valid election) and
 * telling where it stands. The engine is called as the application: the user's right is checked here.
 */
@Service
public class CampaignService {

  private final Elections elections;
  private final ElectionService electionService;
  private final Organizations organizations;
  private final FanOuts fanOuts;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final AuditLog audit;
  private final Deadlines deadlines;

  CampaignService(Elections elections, ElectionService electionService, Organizations organizations, FanOuts fanOuts,
                  RuntimeService runtimeService, HistoryService historyService, IdentityService identityService,
                  AuditLog audit, Deadlines deadlines) {
    this.elections = elections;
    this.electionService = electionService;
    this.organizations = organizations;
    this.fanOuts = fanOuts;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.identityService = identityService;
    this.audit = audit;
    this.deadlines = deadlines;
  }

  @Transactional
  public CampaignState start(String electionId, Viewer viewer) {
    Election election = elections.get(electionId);
    Organization unit = organizations.get(election.electoralUnitId());
    if (!viewer.canManage(unit)) {
      throw new AccessDeniedException("无权启动选举单位 " + unit.name() + "（" + unit.id() + "）的推荐提名工作：需要该选举单位组织部的权限");
    }
    if (campaign(electionId) != null) {
      reject(Violation.of("electionId", "CAMPAIGN_ALREADY_STARTED", "选举“" + election.name() + "”的推荐提名工作已经启动，不能重复启动"));
    }
    List<Violation> violations = new ArrayList<>();
    if (election.status() != ElectionStatus.DRAFT) {
      violations.add(Violation.of("status", "ELECTION_NOT_DRAFT",
          "status：选举已" + election.status().label() + "，只有草稿状态的选举可以启动推荐提名工作"));
    }
    if (election.deadline(ScheduleStep.NOMINATION).isEmpty()) {
      violations.add(Deadlines.missing(electionId, ScheduleStep.NOMINATION).violations().get(0));
    } else {
      try {
        // The timers compute these as the process enters the wait: fail here, with the reason, rather than there.
        deadlines.reminderOf(electionId, ScheduleStep.NOMINATION.name());
      } catch (CalendarDataMissingException e) {
        violations.add(Violation.of("schedule", "CALENDAR_DATA_MISSING", "schedule：" + e.getMessage()));
      }
    }
    violations.addAll(electionService.violations(electionId));
    if (!violations.isEmpty()) reject(violations.toArray(Violation[]::new));

    electionService.changeStatus(electionId, ElectionStatus.ACTIVE, viewer.userId());
    String pid = SystemCalls.asSystem(identityService, () -> runtimeService.startProcessInstanceByKey(KEY, electionId,
        Map.of(VAR_ELECTION_ID, electionId, VAR_ELECTORAL_UNIT_ID, unit.id(), "organizationId", unit.id())).getId());
    audit.record(viewer.userId(), "CAMPAIGN_STARTED", "ELECTION", electionId, "流程实例=" + pid);
    return state(electionId);
  }

  @Transactional(readOnly = true)
  public CampaignState read(String electionId, Viewer viewer) {
    electionService.read(electionId, viewer);
    return state(electionId);
  }

  private CampaignState state(String electionId) {
    return SystemCalls.asSystem(identityService, () -> {
      HistoricProcessInstance instance = campaign(electionId);
      var units = fanOuts.status(FanOutIds.units(electionId)).orElse(null);
      if (instance == null) return new CampaignState(electionId, "NOT_STARTED", null, List.of(), units);
      if (instance.getEndTime() != null) {
        return new CampaignState(electionId, "ENDED", instance.getId(), List.of(), units);
      }
      List<CampaignState.Activity> activities = new ArrayList<>();
      ActivityInstance tree = runtimeService.getActivityInstance(instance.getId());
      if (tree != null) collect(tree, activities);
      return new CampaignState(electionId, "RUNNING", instance.getId(), activities, units);
    });
  }

  /** The innermost activities the campaign is at (waiting or about to run as a job). */
  private static void collect(ActivityInstance instance, List<CampaignState.Activity> into) {
    for (TransitionInstance t : instance.getChildTransitionInstances()) {
      into.add(new CampaignState.Activity(t.getActivityId(), t.getActivityName()));
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
        into.add(new CampaignState.Activity(child.getActivityId(), child.getActivityName()));
      } else {
        collect(child, into);
      }
    }
  }

  private HistoricProcessInstance campaign(String electionId) {
    return SystemCalls.asSystem(identityService, () -> historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(KEY).processInstanceBusinessKey(electionId).orderByProcessInstanceStartTime().desc()
        .listPage(0, 1).stream().findFirst().orElse(null));
  }

  private static void reject(Violation... violations) {
    throw new ValidationException("不能启动推荐提名工作，共" + violations.length + "处问题", List.of(violations));
  }
}
