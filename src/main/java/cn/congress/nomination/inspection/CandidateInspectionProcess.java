package cn.congress.nomination.inspection;

/**
 * Ids of CandidateInspectionProcess (processes/candidate-inspection.bpmn) used from Java: the process key, its user
 * tasks, service tasks and events, its message and its variables. One instance per inspection target; the campaign
 * calls it as a parallel multi-instance call activity over {@code inspections.targetsToInspect(electionId)} with
 * {@link #ELECTION_ID}, {@link #ELECTORAL_UNIT_ID} and {@link #MEMBER_ID}.
 */
public final class CandidateInspectionProcess {
  private CandidateInspectionProcess() {}

  public static final String KEY = "CandidateInspectionProcess";

  public static final String TASK_OPEN = "ServiceTask_OpenInspection";
  public static final String GATEWAY_TARGET_STANDING = "Gateway_TargetStanding";
  public static final String END_ALREADY_REMOVED = "EndEvent_TargetAlreadyRemoved";
  public static final String TIMER_NOTICE_ENDS = "TimerEvent_InspectionNoticeEnds";
  public static final String TASK_CLOSE_NOTICE = "ServiceTask_CloseInspectionNotice";
  public static final String TASK_PARTY_OPINION = "Task_PartyOrganizationOpinion";
  public static final String TASK_DISCIPLINE_OPINION = "Task_DisciplineCommissionOpinion";
  public static final String TASK_REGULATOR_OPINION = "Task_RegulatorOpinion";
  public static final String TASK_FOUR_MUSTS = "Task_RecordFourMusts";
  public static final String TASK_CONCLUDE = "Task_ConcludeInspection";
  public static final String TASK_SECRETARY_SIGNS = "Task_SecretarySignsIntegrity";
  public static final String TASK_DISCIPLINE_SECRETARY_SIGNS = "Task_DisciplineSecretarySignsIntegrity";
  public static final String TASK_VETO = "ServiceTask_VetoTarget";
  public static final String TASK_RECORD_PASSED = "ServiceTask_RecordInspectionPassed";
  public static final String TASK_RECORD_REMOVED = "ServiceTask_RecordTargetRemoved";
  public static final String SUBPROCESS_REMOVED = "SubProcess_TargetRemoved";
  public static final String END_PASSED = "EndEvent_InspectionPassed";
  public static final String END_VETOED = "EndEvent_TargetVetoed";
  public static final String END_REMOVED = "EndEvent_InspectionEndedByRemoval";

  /** Interrupts the inspection when its target is taken off the campaign (CandidateRemoved). */
  public static final String MESSAGE_TARGET_REMOVED = "InspectionTargetRemoved";

  /** Given by the caller. */
  public static final String ELECTION_ID = "electionId";
  public static final String ELECTORAL_UNIT_ID = "electoralUnitId";
  public static final String MEMBER_ID = "memberId";
  /** Set when the inspection opens: candidate group of the party organization's opinion, and the two decisions. */
  public static final String PARTY_ORGANIZATION_ID = "partyOrganizationId";
  public static final String NEEDS_REGULATORS = "needsRegulators";
  public static final String TARGET_STANDING = "targetStanding";
  /** Set by the conclusion: the two checks' results (booleans) the gateways read. */
  public static final String POLITICAL_PASSED = "politicalCheckPassed";
  public static final String INTEGRITY_PASSED = "integrityCheckPassed";
}
