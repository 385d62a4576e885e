package cn.congress.nomination.notice;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers pending notices, each in a transaction of its own that holds the notice's row lock: a message kind is
 * correlated to the receiving branch's process when one waits for it, otherwise the notice is simply delivered to the
 * inbox. A failure rolls that delivery back and is counted in a second transaction; after max-attempts it is FAILED.
 */
@Component
public class NoticeDispatcher {

  static final String BRANCH_PROCESS = "BranchNominationProcess";
  private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);

  private final NoticeRows rows;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transaction;
  private final int batchSize;
  private final int maxAttempts;

  NoticeDispatcher(NoticeRows rows, RuntimeService runtimeService, PlatformTransactionManager transactionManager,
                   @Value("${nomination.notices.batch-size:200}") int batchSize,
                   @Value("${nomination.notices.max-attempts:10}") int maxAttempts) {
    this.rows = rows;
    this.runtimeService = runtimeService;
    this.transaction = new TransactionTemplate(transactionManager);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.batchSize = batchSize;
    this.maxAttempts = maxAttempts;
  }

  /** Delivers up to batch-size pending notices, oldest first; returns how many were delivered. */
  public int dispatchPending() {
    long after = 0;
    int delivered = 0;
    for (int i = 0; i < batchSize; i++) {
      AtomicReference<Notice> picked = new AtomicReference<>();
      long from = after;
      try {
        // A failed notice stays PENDING: the cursor keeps this run from picking it again at once.
        Boolean any = transaction.execute(status -> {
          Optional<Notice> next = rows.lockNextPending(from);
          next.ifPresent(n -> {
            picked.set(n);
            deliver(n);
            rows.markDelivered(n.id());
          });
          return next.isPresent();
        });
        if (!Boolean.TRUE.equals(any)) break;
        delivered++;
      } catch (RuntimeException e) {
        if (picked.get() == null) throw e;
        log.warn("Notice {} not delivered (attempt {}): {}", picked.get().id(), picked.get().attempts() + 1, e.toString());
        transaction.executeWithoutResult(status -> rows.markFailed(picked.get().id(), describe(e), maxAttempts));
      }
      after = picked.get().id();
    }
    return delivered;
  }

  private void deliver(Notice notice) {
    if (notice.messageName() == null) return;
    String businessKey = notice.electionId() + "/" + notice.organizationId();
    for (Execution waiting : runtimeService.createExecutionQuery().processDefinitionKey(BRANCH_PROCESS)
        .processInstanceBusinessKey(businessKey).messageEventSubscriptionName(notice.messageName()).list()) {
      runtimeService.createMessageCorrelation(notice.messageName())
          .processInstanceId(waiting.getProcessInstanceId()).correlateWithResult();
      log.debug("Notice {}: {} correlated to {}", notice.id(), notice.messageName(), businessKey);
      return;
    }
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " / " + root.getMessage();
  }
}
