package cn.congress.nomination.fanout;

/** Ids of processes/fan-out-batches.bpmn used from Java. */
final class FanOutBatchProcess {
  private FanOutBatchProcess() {}

  static final String KEY = "FanOutBatchProcess";
  static final String TASK_START_NEXT_BATCH = "ServiceTask_StartNextBatch";
  static final String VAR_FAN_OUT_ID = "fanOutId";
  /** Set by the batch task: whether children are left to start (the loop goes on). */
  static final String VAR_CHILDREN_LEFT = "childrenLeft";
}
