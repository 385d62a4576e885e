package cn.congress.nomination.candidate.initial;

import static cn.congress.nomination.candidate.initial.InitialCandidatesProcess.ELECTION_ID;
import static cn.congress.nomination.candidate.initial.InitialCandidatesProcess.PUBLICITY_ID;

import cn.congress.nomination.calendar.WorkingDayCalendar;
import cn.congress.nomination.publicity.Publicities;
import cn.congress.nomination.publicity.PublicitySubject;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Publishes the names of the list not yet published (all of them at first, the replacements after an adjustment):
 * opens their publicity period, published today (Beijing), and sends the list down (三下). Runs in the transaction of
 * the consent or confirmation before it, so a period the calendar cannot compute refuses that completion.
 */
@Component("publishInitialCandidatesDelegate")
class PublishInitialCandidatesDelegate implements JavaDelegate {

  private final InitialCandidates candidates;
  private final Publicities publicities;

  PublishInitialCandidatesDelegate(InitialCandidates candidates, Publicities publicities) {
    this.candidates = candidates;
    this.publicities = publicities;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String electionId = (String) execution.getVariable(ELECTION_ID);
    List<String> names = candidates.unpublished(electionId);
    String publicityId = publicities.open(electionId, PublicitySubject.INITIAL_CANDIDATES, names,
        ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.BEIJING).toLocalDate(), "system");
    candidates.recordPublished(electionId, names, publicityId);
    execution.setVariable(PUBLICITY_ID, publicityId);
  }
}
