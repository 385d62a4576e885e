package cn.congress.nomination.congress;

/**
 * Ids of CongressElectionProcess (processes/congress-election.bpmn) used from Java: the process key, its steps and its
 * variables. The campaign calls it after the preliminary candidates are approved, with {@link #ELECTION_ID} and
 * {@link #ELECTORAL_UNIT_ID}; the business key is the election id. Variables hold ids and decisions only: no figure of
 * a count ever becomes a variable.
 */
public final class CongressElectionProcess {
  private CongressElectionProcess() {}

  public static final String KEY = "CongressElectionProcess";

  public static final String TASK_PREPARE = "ServiceTask_PrepareConference";
  public static final String TASK_NOMINATE_UPPER = "Task_NominateUpperCandidates";
  public static final String TASK_PREPARE_CONFERENCE = "Task_PrepareConference";
  public static final String TASK_OPEN_ROUND = "Task_IssueBallots";
  public static final String TASK_RECORD_RETURNED = "Task_RecordBallotsReturned";
  public static final String TASK_FIRST_COUNT = "Task_EnterFirstCount";
  public static final String TASK_SECOND_COUNT = "Task_EnterSecondCount";
  public static final String TASK_CONFIRM_COUNT = "Task_ConfirmCount";
  public static final String TASK_DECIDE_UNFILLED = "Task_DecideUnfilledSeats";
  public static final String TASK_FILE_RESULTS = "Task_FileResults";
  public static final String TASK_ANNOUNCE = "ServiceTask_AnnounceResults";
  public static final String TASK_REVIEW_CREDENTIALS = "Task_ReviewCredentials";
  public static final String END_DELEGATES_CONFIRMED = "End_DelegatesConfirmed";
  /** Timers of the schedule's ELECTION deadline (non-interrupting event subprocesses). */
  public static final String TIMER_REMINDER = "StartEvent_ConferenceReminder";
  public static final String TIMER_DEADLINE = "StartEvent_ConferenceDeadline";
  public static final String TASK_REMIND = "ServiceTask_RemindElectoralUnit";
  public static final String TASK_REPORT_LATE = "ServiceTask_ReportLateToUpperCommittee";

  /** Given by the caller: the election and its electoral unit (candidate group of the unit's tasks). */
  public static final String ELECTION_ID = "electionId";
  public static final String ELECTORAL_UNIT_ID = "electoralUnitId";
  /** Set when the process starts: the upper committee, candidate group of the nominees and the credentials review. */
  public static final String UPPER_COMMITTEE_ID = "upperCommitteeId";
  /** Completing the nominees' task: the upper committee's nominees (member ids, comma-separated; may be empty). */
  public static final String UPPER_NOMINEES = "upperNominees";
  /** Completing the ballots' issue: the roll call, the ballots issued and (supplementary, re-election) the names. */
  public static final String EXPECTED = "expected";
  public static final String PRESENT = "present";
  public static final String ISSUED = "issued";
  public static final String CANDIDATES = "candidates";
  /** The round being held (its id), set when it opens. */
  public static final String ROUND_ID = "roundId";
  /** Completing the return: the ballots returned; the round void (returned > issued) is set from it. */
  public static final String RETURNED = "returned";
  public static final String ROUND_VOID = "roundVoid";
  /** Who completed the first of the two counting tasks (the other must be someone else). */
  public static final String FIRST_COUNTER = "firstCounter";
  /** Set when the scrutineer confirms: COMPLETE, TIE_BREAK or UNFILLED_SEATS (Outcome.Next). */
  public static final String NEXT_STEP = "nextStep";
  /** Completing the decision on unfilled seats: give them up (true, with a reason) or a supplementary round. */
  public static final String REDUCE_SEATS = "reduceSeats";
  public static final String REASON = "reason";
  /** Set when the credentials review completes: every delegate stands (else the vacant seats are voted again). */
  public static final String DELEGATES_CONFIRMED = "delegatesConfirmed";
}
