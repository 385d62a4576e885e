package cn.congress.nomination.nomination.targets;

/**
 * Ids of InspectionTargetsProcess (processes/inspection-targets.bpmn) used from Java: the process key, its user tasks,
 * its service tasks and events, and its variables. The campaign calls it with {@link #ELECTION_ID}; the business key is
 * the election id.
 */
public final class InspectionTargetsProcess {
  private InspectionTargetsProcess() {}

  public static final String KEY = "InspectionTargetsProcess";

  public static final String TASK_MERGE = "ServiceTask_MergeUnitLists";
  public static final String TASK_PROPOSE = "Task_ProposeInspectionTargets";
  public static final String TASK_CONFIRM_PROPOSAL = "Task_ConfirmTargetProposal";
  public static final String SUBPROCESS_OPINIONS = "SubProcess_TargetOpinions";
  public static final String TASK_GIVE_OPINION = "Task_GiveTargetOpinion";
  public static final String TIMER_REMINDER = "BoundaryEvent_OpinionReminder";
  public static final String TIMER_DEADLINE = "BoundaryEvent_OpinionDeadline";
  public static final String TASK_REMIND = "ServiceTask_RemindLateUnits";
  public static final String TASK_CHASE = "Task_ChaseLateOpinions";
  public static final String TASK_CLOSE_OPINIONS = "ServiceTask_CloseOpinionRound";
  public static final String BOUNDARY_OPINIONS_CLOSED = "BoundaryEvent_OpinionsClosed";
  /** Interrupts the opinions' subprocess when the organization department closes the round after the deadline. */
  public static final String MESSAGE_OPINIONS_CLOSED = "TargetOpinionsClosed";
  public static final String TASK_FIX = "Task_FixInspectionTargets";
  public static final String TASK_CONFIRM_DECISION = "Task_ConfirmTargetDecision";
  public static final String TASK_FILE = "Task_FileTargets";
  public static final String TASK_REVIEW = "Task_ReviewTargetFiling";
  public static final String TASK_REOPEN = "ServiceTask_ReopenTargetDecision";
  public static final String END_FIXED = "EndEvent_TargetsFixed";
  public static final String END_FILED = "EndEvent_TargetsFiled";

  /** Given by the caller: the election. */
  public static final String ELECTION_ID = "electionId";
  /** Set by the merge: the electoral unit (candidate group of its tasks) and its upper committee (the reviewer). */
  public static final String ELECTORAL_UNIT_ID = "electoralUnitId";
  public static final String UPPER_COMMITTEE_ID = "upperCommitteeId";
  /** Element variable of the opinions: the recommending unit asked. */
  public static final String UNIT_ID = "unitId";
  /** Decisions given when completing the confirmations and the review (booleans), with a reason when negative. */
  public static final String PROPOSAL_CONFIRMED = "proposalConfirmed";
  public static final String DECISION_CONFIRMED = "decisionConfirmed";
  public static final String FILING_CONSENTED = "filingConsented";
  public static final String REASON = "reason";
  /** Given when completing the escalation: true closes the round without the late units' opinions (needs a reason). */
  public static final String CLOSE_OPINIONS = "closeOpinions";
  /** Set when the targets are filed: from the election's configuration. */
  public static final String NEEDS_UPPER_CONSENT = "targetsNeedUpperConsent";
}
