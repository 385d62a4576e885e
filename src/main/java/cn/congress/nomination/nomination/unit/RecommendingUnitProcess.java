package cn.congress.nomination.nomination.unit;

import cn.congress.nomination.fanout.FanOutIds;

/** Ids of processes/recommending-unit-nomination.bpmn used from Java, in one place. */
public final class RecommendingUnitProcess {
  private RecommendingUnitProcess() {}

  public static final String KEY = "RecommendingUnitProcess";

  public static final String VAR_ELECTION_ID = "electionId";
  public static final String VAR_ORGANIZATION_ID = "organizationId";
  public static final String VAR_FAN_OUT_ID = "fanOutId";
  /** The committee of one instance of the committee selection (multi-instance element variable). */
  public static final String VAR_COMMITTEE_ID = "committeeId";
  /** Set by a confirm task's form: CONFIRM or REJECT (removed again once applied). */
  public static final String VAR_MEETING_DECISION = "meetingDecision";
  public static final String VAR_REJECTION_REASON = "rejectionReason";
  public static final String DECISION_CONFIRM = "CONFIRM";
  public static final String DECISION_REJECT = "REJECT";

  public static final String MESSAGE_BRANCHES_SUBMITTED = "BranchesSubmitted";
  public static final String BRANCH_PROCESS_KEY = "BranchNominationProcess";
  /** The schedule step whose deadline the branches keep (falls back to NOMINATION). */
  public static final String STEP_BRANCH_NOMINATION = "BRANCH_NOMINATION";

  public static final String SUBPROCESS_COLLECT_BRANCHES = "SubProcess_CollectBranches";
  public static final String SERVICE_TASK_START_BRANCHES = "ServiceTask_StartBranches";
  public static final String RECEIVE_TASK_BRANCHES_SUBMITTED = "ReceiveTask_BranchesSubmitted";
  public static final String TIMER_BRANCH_REMINDER = "Timer_BranchReminder";
  public static final String TIMER_BRANCH_DEADLINE = "Timer_BranchDeadline";
  public static final String SERVICE_TASK_REMIND_LATE_BRANCHES = "ServiceTask_RemindLateBranches";
  public static final String TASK_CHASE_LATE_BRANCHES = "Task_ChaseLateBranches";
  public static final String TASK_REVIEW_BRANCH_NOMINATIONS = "Task_ReviewBranchNominations";
  public static final String SERVICE_TASK_NOTIFY_BRANCH_NOMINEES_FIXED = "ServiceTask_NotifyBranchNomineesFixed";
  public static final String GATEWAY_HAS_COMMITTEES = "Gateway_HasCommittees";
  public static final String SUBPROCESS_COMMITTEE_SELECTION = "SubProcess_CommitteeSelection";
  public static final String TASK_RECORD_COMMITTEE_MEETING = "Task_RecordCommitteeMeeting";
  public static final String TASK_CONFIRM_COMMITTEE_MEETING = "Task_ConfirmCommitteeMeeting";
  public static final String TASK_RECORD_UNIT_MEETING = "Task_RecordUnitMeeting";
  public static final String TASK_CONFIRM_UNIT_MEETING = "Task_ConfirmUnitMeeting";
  public static final String SERVICE_TASK_NOTIFY_UNIT_SELECTION_FIXED = "ServiceTask_NotifyUnitSelectionFixed";
  public static final String TASK_FILE_UNIT_LIST = "Task_FileUnitList";
  public static final String SERVICE_TASK_NOTIFY_ELECTORAL_UNIT = "ServiceTask_NotifyElectoralUnit";
  public static final String END_UNIT_LIST_FILED = "EndEvent_UnitListFiled";

  /** The business key of a unit's process: {@code <electionId>/<unitId>}. */
  public static String businessKey(String electionId, String unitId) {
    return electionId + "/" + unitId;
  }

  /** The fan-out the unit waits on for its branches. */
  public static String branchesFanOutId(String electionId, String unitId) {
    return FanOutIds.branches(electionId, unitId);
  }
}
