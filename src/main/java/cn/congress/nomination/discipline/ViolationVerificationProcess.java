package cn.congress.nomination.discipline;

/**
 * Ids of ViolationVerificationProcess (processes/violation-verification.bpmn) used from Java: one instance per
 * reported violation, started by {@link DisciplineRegister#report}; business key = the election id.
 */
public final class ViolationVerificationProcess {
  private ViolationVerificationProcess() {}

  public static final String KEY = "ViolationVerificationProcess";

  public static final String TASK_VERIFY = "Task_VerifyViolation";
  public static final String TASK_REMOVE = "ServiceTask_RemoveViolator";
  public static final String END_REMOVED = "EndEvent_PersonRemoved";
  public static final String END_NOT_CONFIRMED = "EndEvent_ViolationNotConfirmed";

  /** Given at the start: the election, the violation (Long), the electoral unit (candidate group of the task). */
  public static final String ELECTION_ID = "electionId";
  public static final String VIOLATION_ID = "violationId";
  public static final String ELECTORAL_UNIT_ID = "electoralUnitId";
  /** Given when completing the verification: CONFIRMED or NOT_CONFIRMED, and the findings. */
  public static final String CONCLUSION = "conclusion";
  public static final String FINDINGS = "findings";
  /** Set by the task's listener from the conclusion: the gateway's decision. */
  public static final String CONFIRMED = "violationConfirmed";
}
