package cn.congress.nomination.candidate.initial;

/** Ids of processes/initial-candidates.bpmn used from Java, in one place. */
public final class InitialCandidatesProcess {
  private InitialCandidatesProcess() {}

  public static final String KEY = "InitialCandidatesProcess";

  public static final String TASK_PROPOSE = "Task_ProposeInitialCandidates";
  public static final String TASK_CONFIRM_PROPOSAL = "Task_ConfirmInitialCandidates";
  public static final String TASK_CONSULT_DISCIPLINE = "Task_ConsultDisciplineCommission";
  public static final String TASK_UPPER_CONSENT = "Task_ConsentInitialCandidates";
  public static final String SERVICE_PUBLISH = "ServiceTask_PublishInitialCandidates";
  public static final String CALL_PUBLICITY = "CallActivity_Publicity";
  public static final String TASK_DELIBERATE = "Task_DeliberateInitialCandidates";
  public static final String TIMER_DELIBERATION_DEADLINE = "Timer_DeliberationDeadline";
  public static final String SERVICE_CLOSE_DELIBERATION = "ServiceTask_CloseDeliberation";
  public static final String TASK_ADJUST = "Task_AdjustInitialCandidates";
  public static final String TASK_CONFIRM_ADJUSTMENT = "Task_ConfirmAdjustment";
  public static final String TASK_FILE = "Task_FileInitialCandidates";
  public static final String END_FIXED = "End_InitialCandidatesFixed";

  public static final String ELECTION_ID = "electionId";
  public static final String ELECTORAL_UNIT_ID = "electoralUnitId";
  public static final String UNIT_ID = "unitId";
  public static final String PUBLICITY_ID = "publicityId";
  public static final String PROPOSAL_CONFIRMED = "proposalConfirmed";
  public static final String DISCIPLINE_AGREES = "disciplineAgrees";
  public static final String UPPER_CONSENTS = "upperConsents";
  public static final String ADJUSTMENT_CONFIRMED = "adjustmentConfirmed";
  public static final String NAMES_REMOVED = "namesRemoved";
  public static final String NAMES_TO_PUBLISH = "namesToPublish";
  public static final String REASON = "reason";
  public static final String REMARK = "remark";
  public static final String FEEDBACK_AGREES = "feedbackAgrees";
  public static final String SUMMARY = "summary";
}
