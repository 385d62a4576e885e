package cn.congress.nomination.candidate.initial;

import static cn.congress.nomination.candidate.initial.InitialCandidatesProcess.ELECTION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The publicity period ended before every unit gave its feedback: 三下 ends, the late units are recorded and told. */
@Component("closeInitialDeliberationDelegate")
class CloseInitialDeliberationDelegate implements JavaDelegate {

  private final InitialCandidates candidates;

  CloseInitialDeliberationDelegate(InitialCandidates candidates) {
    this.candidates = candidates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    candidates.closeDeliberation((String) execution.getVariable(ELECTION_ID));
  }
}
