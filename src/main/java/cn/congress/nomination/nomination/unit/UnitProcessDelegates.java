package cn.congress.nomination.nomination.unit;

import static cn.congress.nomination.nomination.unit.RecommendingUnitProcess.VAR_ELECTION_ID;
import static cn.congress.nomination.nomination.unit.RecommendingUnitProcess.VAR_ORGANIZATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of the recommending unit's process: read the ids, call one service method. Each is idempotent
 * (the fan-out ignores a second opening; a notice repeated by a retried job is harmless) so jobs may retry.
 */
@Configuration
class UnitProcessDelegates {

  @Bean("startBranchesDelegate")
  JavaDelegate startBranchesDelegate(UnitNominations units) {
    return execution -> units.startBranches(election(execution), unit(execution), execution.getProcessInstanceId());
  }

  @Bean("remindLateBranchesDelegate")
  JavaDelegate remindLateBranchesDelegate(UnitNominations units) {
    return execution -> units.remindLateBranches(election(execution), unit(execution));
  }

  @Bean("notifyBranchNomineesFixedDelegate")
  JavaDelegate notifyBranchNomineesFixedDelegate(UnitNominations units) {
    return execution -> units.notifyBranchNomineesFixed(election(execution), unit(execution));
  }

  @Bean("notifyUnitSelectionFixedDelegate")
  JavaDelegate notifyUnitSelectionFixedDelegate(UnitNominations units) {
    return execution -> units.notifyUnitSelectionFixed(election(execution), unit(execution));
  }

  private static String election(DelegateExecution execution) {
    return (String) execution.getVariable(VAR_ELECTION_ID);
  }

  private static String unit(DelegateExecution execution) {
    return (String) execution.getVariable(VAR_ORGANIZATION_ID);
  }
}
