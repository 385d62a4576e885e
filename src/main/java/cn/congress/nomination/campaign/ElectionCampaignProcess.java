package cn.congress.nomination.campaign;

/** Ids of processes/election-campaign.bpmn used from Java (and from tests of the later stages). */
public final class ElectionCampaignProcess {
  private ElectionCampaignProcess() {}

  public static final String KEY = "ElectionCampaignProcess";
  public static final String TASK_SEND_DOWN_ROUND_ONE = "ServiceTask_SendDownRoundOne";
  public static final String TASK_START_RECOMMENDING_UNITS = "ServiceTask_StartRecommendingUnits";
  public static final String SUBPROCESS_COLLECT_UNIT_LISTS = "SubProcess_CollectUnitLists";
  public static final String TASK_AWAIT_UNIT_LISTS = "Task_AwaitUnitLists";
  public static final String TIMER_NOMINATION_REMINDER = "Timer_NominationReminder";
  public static final String TIMER_NOMINATION_DEADLINE = "Timer_NominationDeadline";
  public static final String TASK_REMIND_LATE_UNITS = "ServiceTask_RemindLateUnits";
  public static final String TASK_CHASE_LATE_UNITS = "Task_ChaseLateUnits";
  public static final String CALL_INSPECTION_TARGETS = "CallActivity_InspectionTargets";
  public static final String CALL_INSPECTIONS = "CallActivity_Inspections";
  public static final String CALL_INITIAL_CANDIDATES = "CallActivity_InitialCandidates";
  public static final String CALL_PRELIMINARY_CANDIDATES = "CallActivity_PreliminaryCandidates";
  public static final String CALL_CONGRESS_ELECTION = "CallActivity_CongressElection";
  public static final String END_DELEGATES_ELECTED = "End_DelegatesElected";

  public static final String MESSAGE_UNITS_FILED = "UnitsFiled";
  public static final String CHILD_PROCESS = "RecommendingUnitProcess";
  public static final String INSPECTION_TARGETS_PROCESS = "InspectionTargetsProcess";
  public static final String INSPECTION_PROCESS = "CandidateInspectionProcess";
  public static final String INITIAL_CANDIDATES_PROCESS = "InitialCandidatesProcess";
  public static final String PRELIMINARY_CANDIDATES_PROCESS = "PreliminaryCandidatesProcess";
  public static final String CONGRESS_ELECTION_PROCESS = "CongressElectionProcess";

  public static final String VAR_ELECTION_ID = "electionId";
  public static final String VAR_ELECTORAL_UNIT_ID = "electoralUnitId";
  public static final String VAR_UNITS_FAN_OUT_ID = "unitsFanOutId";
  /** What the electoral unit did about the late units (the escalation task's form field). */
  public static final String VAR_CHASE_ACTION = "chaseAction";
}
