package cn.congress.nomination.candidate.preliminary;

import static cn.congress.nomination.candidate.preliminary.PreliminaryCandidatesProcess.*;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin service tasks of PreliminaryCandidatesProcess: read the election id, call one service method. */
@Configuration
class PreliminaryCandidatesDelegates {

  /** Names the organizations the tasks go to: the electoral unit (when the caller did not) and its upper committee. */
  @Bean
  JavaDelegate preparePreliminarySlateDelegate(PreliminaryCandidates candidates) {
    return execution -> {
      String electionId = (String) execution.getVariable(ELECTION_ID);
      execution.setVariable(ELECTORAL_UNIT_ID, candidates.election(electionId).electoralUnitId());
      execution.setVariable(UPPER_COMMITTEE_ID, candidates.upperCommittee(electionId));
    };
  }

  /** Returned at either gate: the plenary's vote is superseded and taken again. */
  @Bean
  JavaDelegate reopenPlenaryVoteDelegate(PreliminaryCandidates candidates) {
    return execution -> candidates.reopenVote((String) execution.getVariable(ELECTION_ID));
  }

  /** Approved: five must-knows notice #4 to every branch of the electoral unit. */
  @Bean
  JavaDelegate announcePreliminaryCandidatesDelegate(PreliminaryCandidates candidates) {
    return execution -> candidates.announce((String) execution.getVariable(ELECTION_ID));
  }

  /** Before the deadline: the electoral unit is reminded while its list is not filed. */
  @Bean
  JavaDelegate remindPreliminaryCandidatesDelegate(PreliminaryCandidates candidates) {
    return execution -> candidates.remindIfNotFiled((String) execution.getVariable(ELECTION_ID));
  }

  /** After the deadline: the upper committee is told while the list is not filed. */
  @Bean
  JavaDelegate reportLatePreliminaryCandidatesDelegate(PreliminaryCandidates candidates) {
    return execution -> candidates.reportLateIfNotFiled((String) execution.getVariable(ELECTION_ID));
  }
}
