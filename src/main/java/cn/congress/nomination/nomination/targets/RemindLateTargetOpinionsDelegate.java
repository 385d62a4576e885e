package cn.congress.nomination.nomination.targets;

import static cn.congress.nomination.nomination.targets.InspectionTargetsProcess.ELECTION_ID;

import cn.congress.nomination.audit.AuditLog;
import cn.congress.nomination.notice.NoticeKind;
import cn.congress.nomination.notice.Notices;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Before the opinions' deadline: a reminder notice to each recommending unit that has not given its opinion yet. */
@Component("remindLateTargetOpinionsDelegate")
class RemindLateTargetOpinionsDelegate implements JavaDelegate {

  private final InspectionTargets targets;
  private final Notices notices;
  private final AuditLog audit;

  RemindLateTargetOpinionsDelegate(InspectionTargets targets, Notices notices, AuditLog audit) {
    this.targets = targets;
    this.notices = notices;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String electionId = (String) execution.getVariable(ELECTION_ID);
    List<String> late = targets.lateUnits(electionId);
    for (String unit : late) {
      notices.toOrganization(NoticeKind.REMINDER, electionId, unit, "请按时反馈对考察对象建议名单的意见",
          "考察对象建议名单已下发，请于截止日期前在待办任务中提出本单位的意见。");
    }
    audit.record("system", "TARGET_OPINIONS_REMINDED", InspectionTargets.SUBJECT, electionId,
        "提醒尚未反馈意见的推荐单位 " + late.size() + " 个：" + String.join("、", late));
  }
}
