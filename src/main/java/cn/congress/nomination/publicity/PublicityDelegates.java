package cn.congress.nomination.publicity;

import static cn.congress.nomination.publicity.PublicityProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin service tasks of PublicityProcess: read the publicity id, call one service method. */
@Configuration(proxyBeanMethods = false)
class PublicityDelegates {

  /** Links the process to its publicity (objections are correlated to it) and names the verifiers' organization. */
  @Bean("startPublicityDelegate")
  JavaDelegate startPublicityDelegate(Publicities publicities) {
    return (DelegateExecution execution) -> {
      String publicityId = (String) execution.getVariable(PUBLICITY_ID);
      Publicity publicity = publicities.get(publicityId);
      Object electionId = execution.getVariable(ELECTION_ID);
      if (electionId != null && !publicity.electionId().equals(electionId)) {
        throw new IllegalStateException("Publicity " + publicityId + " belongs to election " + publicity.electionId()
            + ", not to " + electionId);
      }
      publicities.linkProcess(publicityId, execution.getProcessInstanceId());
      execution.setVariable(ELECTION_ID, publicity.electionId());
      execution.setVariable(ELECTORAL_UNIT_ID, publicity.electoralUnitId());
    };
  }

  /** The period's end passed: no new objections; the process still waits for every verification to conclude. */
  @Bean("closePublicityDelegate")
  JavaDelegate closePublicityDelegate(Publicities publicities) {
    return execution -> publicities.close((String) execution.getVariable(PUBLICITY_ID));
  }
}
