package cn.congress.nomination.congress;

import static cn.congress.nomination.congress.CongressElectionProcess.*;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin service tasks of CongressElectionProcess: read the election id, call one service method. */
@Configuration
class CongressElectionDelegates {

  /** Names the organizations the tasks go to: the electoral unit (when the caller did not) and its upper committee. */
  @Bean
  JavaDelegate prepareConferenceDelegate(CongressElection congress) {
    return execution -> {
      String electionId = (String) execution.getVariable(ELECTION_ID);
      execution.setVariable(ELECTORAL_UNIT_ID, congress.election(electionId).electoralUnitId());
      execution.setVariable(UPPER_COMMITTEE_ID, congress.upperCommittee(electionId));
    };
  }

  /** Filed: five must-knows notice #5, the results, to every branch of the electoral unit. */
  @Bean
  JavaDelegate announceResultsDelegate(CongressElection congress) {
    return execution -> congress.announceResults((String) execution.getVariable(ELECTION_ID));
  }

  /** Before the deadline: the electoral unit is reminded while its results are not filed. */
  @Bean
  JavaDelegate remindConferenceDelegate(CongressElection congress) {
    return execution -> congress.remindIfNotFiled((String) execution.getVariable(ELECTION_ID));
  }

  /** After the deadline: the upper committee is told while the results are not filed. */
  @Bean
  JavaDelegate reportLateConferenceDelegate(CongressElection congress) {
    return execution -> congress.reportLateIfNotFiled((String) execution.getVariable(ELECTION_ID));
  }
}
