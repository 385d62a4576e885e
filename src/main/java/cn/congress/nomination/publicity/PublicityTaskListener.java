package cn.congress.nomination.publicity;

import static cn.congress.nomination.publicity.PublicityProcess.*;

import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.CurrentViewer;
import cn.congress.nomination.security.Viewer;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The server-side gate of the verification task: whoever completes it (Tasklist, /engine-rest or the domain API) must
 * be the discipline commission of the electoral unit, and the conclusion must be complete; the conclusion (and a
 * removal it entails) is recorded here, in the completion's transaction. A refusal changes nothing.
 */
@Component("publicityTaskListener")
class PublicityTaskListener implements TaskListener {

  private final Publicities publicities;
  private final PublicityAccess access;
  private final CurrentViewer currentViewer;

  PublicityTaskListener(Publicities publicities, PublicityAccess access, CurrentViewer currentViewer) {
    this.publicities = publicities;
    this.access = access;
    this.currentViewer = currentViewer;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!TASK_VERIFY.equals(task.getTaskDefinitionKey())) {
      throw new IllegalStateException("no rules for task " + task.getTaskDefinitionKey());
    }
    Viewer viewer = currentViewer.ofEngineUser();
    access.requireDisciplineCommission(viewer, (String) task.getVariable(ELECTORAL_UNIT_ID));
    try {
      publicities.conclude((String) task.getVariable(OBJECTION_ID), task.getVariable(CONCLUSION),
          task.getVariable(FINDINGS), viewer.userId());
    } catch (ValidationException e) {
      // Tasklist and /engine-rest show the exception's message only: it carries every violation
      String all = e.violations().stream().map(Violation::message).collect(Collectors.joining("；"));
      throw new ValidationException("不能办结核查：" + all, e.violations());
    }
  }
}
