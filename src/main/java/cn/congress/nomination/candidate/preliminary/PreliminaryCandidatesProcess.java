package cn.congress.nomination.candidate.preliminary;

/**
 * Ids of PreliminaryCandidatesProcess (processes/preliminary-candidates.bpmn) used from Java: the process key, its
 * steps and its variables. The campaign calls it after the initial candidates with {@link #ELECTION_ID} and
 * {@link #ELECTORAL_UNIT_ID}; the business key is the election id.
 */
public final class PreliminaryCandidatesProcess {
  private PreliminaryCandidatesProcess() {}

  public static final String KEY = "PreliminaryCandidatesProcess";

  public static final String TASK_PREPARE = "ServiceTask_PrepareSlate";
  public static final String TASK_BRIEF = "Task_BriefNonPartyFigures";
  public static final String TASK_VOTE = "Task_RecordPlenaryVote";
  public static final String TASK_CONFIRM_VOTE = "Task_ConfirmPlenaryVote";
  public static final String TASK_FILE = "Task_FileForPreliminaryReview";
  public static final String TASK_REVIEW = "Task_PreliminaryReview";
  public static final String TASK_APPROVE = "Task_ApprovePreliminaryCandidates";
  public static final String TASK_REOPEN = "ServiceTask_ReopenPlenaryVote";
  public static final String TASK_ANNOUNCE = "ServiceTask_AnnouncePreliminaryCandidates";
  public static final String END_APPROVED = "EndEvent_PreliminaryCandidatesApproved";
  /** Timers of the schedule's PRELIMINARY_CANDIDATES deadline (non-interrupting event subprocesses). */
  public static final String TIMER_REMINDER = "StartEvent_PreliminaryReminder";
  public static final String TIMER_DEADLINE = "StartEvent_PreliminaryDeadline";
  public static final String TASK_REMIND = "ServiceTask_RemindElectoralUnit";
  public static final String TASK_REPORT_LATE = "ServiceTask_ReportLateToUpperCommittee";

  /** Given by the caller: the election and its electoral unit (candidate group of the unit's tasks). */
  public static final String ELECTION_ID = "electionId";
  public static final String ELECTORAL_UNIT_ID = "electoralUnitId";
  /** Set when the process starts: the upper committee (parent of the electoral unit), candidate group of both gates. */
  public static final String UPPER_COMMITTEE_ID = "upperCommitteeId";
  /** Decisions given when completing the confirmation and the two gates (booleans), with a reason when negative. */
  public static final String VOTE_CONFIRMED = "voteConfirmed";
  public static final String REVIEW_PASSED = "reviewPassed";
  public static final String APPROVED = "approved";
  public static final String REASON = "reason";
}
