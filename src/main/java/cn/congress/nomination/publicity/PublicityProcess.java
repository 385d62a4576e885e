package cn.congress.nomination.publicity;

/**
 * Ids of PublicityProcess (processes/publicity.bpmn) used from Java. The caller first opens the publicity
 * ({@link Publicities#open}) and then starts this process (a call activity) with {@link #ELECTION_ID},
 * {@link #PUBLICITY_ID} and optionally {@link #ELECTORAL_UNIT_ID}.
 */
public final class PublicityProcess {
  private PublicityProcess() {}

  public static final String KEY = "PublicityProcess";

  public static final String TASK_START = "ServiceTask_StartPublicity";
  public static final String TIMER_PERIOD_ENDS = "TimerEvent_PublicityPeriodEnds";
  public static final String TASK_CLOSE = "ServiceTask_ClosePublicity";
  public static final String END_PERIOD_CLOSED = "EndEvent_PublicityPeriodClosed";
  public static final String SUBPROCESS_VERIFICATION = "SubProcess_VerifyObjection";
  public static final String START_OBJECTION_RECEIVED = "StartEvent_ObjectionReceived";
  public static final String TASK_VERIFY = "Task_VerifyObjection";
  public static final String END_OBJECTION_CONCLUDED = "EndEvent_ObjectionConcluded";

  /** Correlated (to this process instance) once per objection received while the period is open. */
  public static final String MESSAGE_OBJECTION_RECEIVED = "PublicityObjectionReceived";

  /** Given by the caller. */
  public static final String ELECTION_ID = "electionId";
  public static final String PUBLICITY_ID = "publicityId";
  /** Given by the caller or set at the start from the publicity: candidate group of the verification tasks. */
  public static final String ELECTORAL_UNIT_ID = "electoralUnitId";
  /** Local to each verification (the event subprocess's scope): the objection it verifies. */
  public static final String OBJECTION_ID = "objectionId";
  /** Given when completing the verification: a {@link Conclusion} name and the findings (text). */
  public static final String CONCLUSION = "conclusion";
  public static final String FINDINGS = "findings";
}
