package cn.congress.nomination.campaign;

import static cn.congress.nomination.campaign.ElectionCampaignProcess.*;

import cn.congress.nomination.audit.AuditLog;
import cn.congress.nomination.fanout.FanOuts;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completing the escalation task: the action taken is required (checked here, so neither Tasklist nor REST skips it),
 * audited with the units late at that moment, and sent to them as a LATE notice. Their own tasks stay open.
 */
@Component("chaseLateUnitsListener")
class ChaseLateUnitsListener implements TaskListener {

  private final FanOuts fanOuts;
  private final RoundOne roundOne;
  private final AuditLog audit;

  ChaseLateUnitsListener(FanOuts fanOuts, RoundOne roundOne, AuditLog audit) {
    this.fanOuts = fanOuts;
    this.roundOne = roundOne;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    Object action = task.getVariable(VAR_CHASE_ACTION);
    if (!(action instanceof String text) || text.isBlank()) {
      String message = "chaseAction：请填写对逾期推荐单位采取的催办措施（规则 CHASE_ACTION_REQUIRED）";
      throw new ValidationException(message, List.of(Violation.of(VAR_CHASE_ACTION, "CHASE_ACTION_REQUIRED", message)));
    }
    String electionId = (String) task.getVariable(VAR_ELECTION_ID);
    List<String> late = fanOuts.late((String) task.getVariable(VAR_UNITS_FAN_OUT_ID));
    roundOne.chase(electionId, late, text.trim());
    audit.record(actor(task), "LATE_UNITS_CHASED", "ELECTION", electionId,
        "逾期推荐单位=" + String.join("、", late) + "；催办措施=" + text.trim());
  }

  private static String actor(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (current != null) return current.getUserId();
    return task.getAssignee() == null ? "system" : task.getAssignee();
  }
}
