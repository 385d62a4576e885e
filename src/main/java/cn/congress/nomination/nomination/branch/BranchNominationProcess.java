package cn.congress.nomination.nomination.branch;

/** Ids of processes/branch-nomination.bpmn used from Java: one place, so the model and the code cannot drift apart. */
public final class BranchNominationProcess {
  private BranchNominationProcess() {}

  public static final String KEY = "BranchNominationProcess";

  public static final String TASK_RECORD_BRANCH_MEETING = "Task_RecordBranchMeeting";
  public static final String SERVICE_TASK_NOTIFY_RECOMMENDING_UNIT = "ServiceTask_NotifyRecommendingUnit";
  public static final String GATEWAY_AWAIT_DECISION = "Gateway_AwaitDecision";
  public static final String CATCH_BRANCH_SENT_BACK = "CatchEvent_BranchSentBack";
  public static final String CATCH_BRANCH_NOMINEES_FIXED = "CatchEvent_BranchNomineesFixed";
  public static final String TASK_CONFIRM_NOMINEES_MADE_KNOWN = "Task_ConfirmNomineesMadeKnown";
  public static final String CATCH_UNIT_SELECTION_FIXED = "CatchEvent_UnitSelectionFixed";
  public static final String TASK_CONFIRM_SELECTION_MADE_KNOWN = "Task_ConfirmSelectionMadeKnown";
  public static final String END_EVENT = "EndEvent_BranchNominationDone";

  public static final String MESSAGE_BRANCH_SENT_BACK = "BranchSentBack";
  public static final String MESSAGE_BRANCH_NOMINEES_FIXED = "BranchNomineesFixed";
  public static final String MESSAGE_UNIT_SELECTION_FIXED = "UnitSelectionFixed";

  public static final String VAR_ELECTION_ID = "electionId";
  public static final String VAR_ORGANIZATION_ID = "organizationId";
  public static final String VAR_FAN_OUT_ID = "fanOutId";
  /** Local variable of the must-know tasks: which must-know they confirm ({@link MustKnowKind}). */
  public static final String VAR_MUST_KNOW_KIND = "mustKnowKind";

  /** The business key every child process carries: {@code <electionId>/<branchId>}. */
  public static String businessKey(String electionId, String branchId) {
    return electionId + "/" + branchId;
  }

}
