package cn.congress.nomination.congress;

import static cn.congress.nomination.congress.CongressElectionProcess.*;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.TaskCompletion;
import cn.congress.nomination.security.TaskGate;
import cn.congress.nomination.security.Viewer;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The server-side gate of every user task of CongressElectionProcess: whoever completes it (Tasklist, /engine-rest or
 * the domain API) must be the right person and the step's rules must hold; otherwise nothing changes. What the process
 * branches on (round void, what the confirmed count calls for, seats given up, delegates confirmed) is set here from
 * the domain's answer; the count itself never becomes a variable.
 */
@Component("congressElectionTaskListener")
class CongressElectionTaskListener extends TaskGate {

  private final CongressElection congress;
  private final CongressAccess access;
  private final TaskCompletion completion;

  CongressElectionTaskListener(CongressElection congress, CongressAccess access, TaskCompletion completion) {
    this.congress = congress;
    this.access = access;
    this.completion = completion;
  }

  @Override
  protected void check(DelegateTask task) {
    String electionId = (String) task.getVariable(ELECTION_ID);
    Election election = congress.election(electionId);
    Viewer viewer = completion.completingUser();
    String user = viewer.userId();
    DelegateExecution process = task.getExecution().getProcessInstance();
    switch (task.getTaskDefinitionKey()) {
      case TASK_NOMINATE_UPPER -> {
        access.requireUpperCommittee(viewer, (String) task.getVariable(UPPER_COMMITTEE_ID));
        congress.nominateUpperCandidates(electionId, ids(text(task, UPPER_NOMINEES)), user);
      }
      case TASK_PREPARE_CONFERENCE -> {
        access.requireOrganizationDepartment(viewer, election);
        congress.requirePrepared(electionId);
      }
      case TASK_OPEN_ROUND -> {
        access.requireOrganizationDepartment(viewer, election);
        long round = congress.openRound(electionId, new RollCall(number(task, EXPECTED), number(task, PRESENT)),
            number(task, ISSUED), ids(text(task, CANDIDATES)), user);
        process.setVariable(ROUND_ID, round);
        process.removeVariable(FIRST_COUNTER);
      }
      case TASK_RECORD_RETURNED -> {
        access.requireOrganizationDepartment(viewer, election);
        process.setVariable(ROUND_VOID, congress.recordReturned(roundId(task), number(task, RETURNED), user));
      }
      case TASK_FIRST_COUNT, TASK_SECOND_COUNT -> {
        access.requireCounter(viewer);
        congress.requireOwnEntry(roundId(task), user, (String) process.getVariable(FIRST_COUNTER));
        process.setVariable(FIRST_COUNTER, user);
      }
      case TASK_CONFIRM_COUNT -> {
        access.requireScrutineer(viewer);
        process.setVariable(NEXT_STEP, congress.confirmCount(roundId(task), user).name());
      }
      case TASK_DECIDE_UNFILLED -> {
        access.requireOrganizationDepartment(viewer, election);
        boolean reduce = decision(task, REDUCE_SEATS, "另行选举或减少名额");
        congress.decideUnfilledSeats(roundId(task), reduce, text(task, REASON), user);
      }
      case TASK_FILE_RESULTS -> {
        access.requireOrganizationDepartment(viewer, election);
        congress.fileResults(electionId, user);
      }
      case TASK_REVIEW_CREDENTIALS -> {
        access.requireUpperCommittee(viewer, (String) task.getVariable(UPPER_COMMITTEE_ID));
        process.setVariable(DELEGATES_CONFIRMED, congress.credentialsReviewed(electionId));
      }
      default -> throw new IllegalStateException("no rules for task " + task.getTaskDefinitionKey());
    }
    // inputs belong to this completion only: a later step gives its own
    for (String input : List.of(REASON, UPPER_NOMINEES, EXPECTED, PRESENT, ISSUED, CANDIDATES, RETURNED)) {
      process.removeVariable(input);
    }
  }

  private static long roundId(DelegateTask task) {
    return ((Number) task.getVariable(ROUND_ID)).longValue();
  }

  /** Comma-separated member ids (blank: none). */
  static List<String> ids(String text) {
    if (text == null || text.isBlank()) return List.of();
    return Arrays.stream(text.split("[,，\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** A whole number the completion carries (Tasklist sends Long, the API Integer or a numeric text); null if absent. */
  private static Integer number(DelegateTask task, String variable) {
    Object value = task.getVariable(variable);
    if (value == null || value.toString().isBlank()) return null;
    if (value instanceof Number n) return n.intValue();
    try {
      return Integer.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new ValidationException(variable + " 须为整数", List.of(Violation.of(variable, "NUMBER",
          variable + "：“" + value + "”不是整数")));
    }
  }
}
