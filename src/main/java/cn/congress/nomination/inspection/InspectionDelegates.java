package cn.congress.nomination.inspection;

import static cn.congress.nomination.inspection.CandidateInspectionProcess.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of CandidateInspectionProcess: read the ids, call one service method, set the small decisions the
 * gateways read. Each is idempotent (a retried job changes nothing twice).
 */
@Configuration
class InspectionDelegates {

  @Bean("openInspectionDelegate")
  JavaDelegate openInspectionDelegate(Inspections inspections) {
    return execution -> {
      Optional<Inspection> opened = inspections.open(election(execution),
          (String) execution.getVariable(ELECTORAL_UNIT_ID), member(execution), execution.getProcessInstanceId());
      execution.setVariable(TARGET_STANDING, opened.isPresent());
      execution.setVariable(ELECTORAL_UNIT_ID, inspections.election(election(execution)).electoralUnitId());
      opened.ifPresent(i -> {
        execution.setVariable(PARTY_ORGANIZATION_ID, i.partyOrganizationId());
        execution.setVariable(NEEDS_REGULATORS, i.needsRegulators());
      });
    };
  }

  @Bean("closeInspectionNoticeDelegate")
  JavaDelegate closeInspectionNoticeDelegate(Inspections inspections) {
    return execution -> inspections.closeNotice(election(execution), member(execution));
  }

  @Bean("vetoInspectionTargetDelegate")
  JavaDelegate vetoInspectionTargetDelegate(Inspections inspections) {
    return execution -> inspections.veto(election(execution), member(execution));
  }

  @Bean("recordInspectionPassedDelegate")
  JavaDelegate recordInspectionPassedDelegate(Inspections inspections) {
    return execution -> inspections.pass(election(execution), member(execution));
  }

  @Bean("recordInspectionTargetRemovedDelegate")
  JavaDelegate recordInspectionTargetRemovedDelegate(Inspections inspections) {
    return execution -> inspections.endRemoved(election(execution), member(execution));
  }

  private static String election(DelegateExecution execution) {
    return (String) execution.getVariable(ELECTION_ID);
  }

  private static String member(DelegateExecution execution) {
    return (String) execution.getVariable(MEMBER_ID);
  }
}
