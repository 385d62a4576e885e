package cn.congress.nomination.inspection;

import cn.congress.nomination.candidate.CandidateRemoved;
import cn.congress.nomination.candidate.Removal;
import cn.congress.nomination.security.SystemCalls;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A target removed elsewhere while being inspected (a discipline violation, say) ends the inspection: the message
 * starts the process's interrupting event subprocess, in the remover's transaction (the removal and the end commit
 * together). The inspection's own veto ends the inspection first, so it finds nothing running here.
 */
@Component
class InspectionRemovalListener {

  private final Inspections inspections;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  InspectionRemovalListener(Inspections inspections, RuntimeService runtimeService, IdentityService identityService) {
    this.inspections = inspections;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  @EventListener
  void on(CandidateRemoved event) {
    Removal removal = event.removal();
    inspections.runningInstanceOf(removal.electionId(), removal.memberId()).ifPresent(instance ->
        // the application ends its own process: the remover need not be allowed to touch the inspection's instance
        SystemCalls.asSystem(identityService, () -> {
          runtimeService.createMessageCorrelation(CandidateInspectionProcess.MESSAGE_TARGET_REMOVED)
              .processInstanceId(instance).correlateWithResult();
        }));
  }
}
