package cn.congress.nomination.fanout;

import cn.congress.nomination.organization.OrganizationType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fan-out of a waiting parent process to its children in batches, and fan-in by one completion mark per child,
 * correlating the parent exactly once. See docs/campaign.md.
 *
 * <p>Opening only writes rows and starts a {@link FanOutBatchProcess}: its jobs run after the opening transaction (the
 * parent's, which ends with the parent waiting) committed, so no child can complete before the parent waits.
 */
@Service
public class FanOuts {

  private static final Logger log = LoggerFactory.getLogger(FanOuts.class);

  private final FanOutRows rows;
  private final RuntimeService runtimeService;
  private final int batchSize;

  FanOuts(FanOutRows rows, RuntimeService runtimeService,
          @Value("${nomination.fan-out.batch-size:500}") int batchSize) {
    if (batchSize < 1) throw new IllegalArgumentException("nomination.fan-out.batch-size must be at least 1");
    this.rows = rows;
    this.runtimeService = runtimeService;
    this.batchSize = batchSize;
  }

  /**
   * One child per organization of the given type strictly below the subtree's root; the root is the parent
   * organization. Idempotent: an id opened before is left as it is. Returns the number of children.
   */
  @Transactional
  public int openForSubtree(String fanOutId, String electionId, String parentProcessInstanceId, String completionMessage,
                            String childProcessKey, String subtreePath, OrganizationType childType) {
    var existing = rows.find(fanOutId);
    if (existing.isPresent()) return existing.get().expected();
    rows.insertHeader(fanOutId, electionId, lastSegment(subtreePath), parentProcessInstanceId, completionMessage,
        childProcessKey);
    return opened(fanOutId, rows.insertSubtree(fanOutId, subtreePath, childType));
  }

  /**
   * One child per listed organization (unknown ids are ignored). The parent organization is the children's common
   * parent, or else the election's electoral unit. Idempotent like {@link #openForSubtree}.
   */
  @Transactional
  public int openForChildren(String fanOutId, String electionId, String parentProcessInstanceId,
                             String completionMessage, String childProcessKey, List<String> childOrganizationIds) {
    var existing = rows.find(fanOutId);
    if (existing.isPresent()) return existing.get().expected();
    String parentOrganization = rows.commonParent(childOrganizationIds)
        .or(() -> rows.electoralUnitOf(electionId))
        .orElseThrow(() -> new IllegalArgumentException("选举 " + electionId + " 不存在"));
    rows.insertHeader(fanOutId, electionId, parentOrganization, parentProcessInstanceId, completionMessage,
        childProcessKey);
    return opened(fanOutId, rows.insertChildren(fanOutId, List.copyOf(childOrganizationIds)));
  }

  private int opened(String fanOutId, int children) {
    rows.setExpected(fanOutId, children);
    runtimeService.startProcessInstanceByKey(FanOutBatchProcess.KEY, fanOutId,
        Map.of(FanOutBatchProcess.VAR_FAN_OUT_ID, fanOutId));
    log.info("Fan-out {} opened with {} children", fanOutId, children);
    return children;
  }

  /**
   * Starts up to batch-size children not started yet (a retried job skips those its earlier, committed run started);
   * when none is left to start, correlates the parent if nothing is left to wait for (no children at all). Returns how
   * many were started.
   */
  @Transactional
  public long startNextBatch(String fanOutId) {
    FanOutRows.Header fanOut = rows.find(fanOutId).orElseThrow(() -> unknown(fanOutId));
    List<String> batch = rows.unstarted(fanOutId, batchSize);
    for (String child : batch) {
      String pid = runtimeService.startProcessInstanceByKey(fanOut.childProcessKey(),
          fanOut.electionId() + "/" + child,
          Map.of("electionId", fanOut.electionId(), "organizationId", child, "fanOutId", fanOutId)).getId();
      rows.markStarted(fanOutId, child, pid);
    }
    if (batch.size() < batchSize && !rows.hasUnstarted(fanOutId)) correlateIfComplete(fanOutId);
    return batch.size();
  }

  @Transactional(readOnly = true)
  public boolean hasUnstarted(String fanOutId) {
    return rows.hasUnstarted(fanOutId);
  }

  /**
   * A child is done: marks its own row and, when none is left, correlates the parent once. The fan-out's row is locked
   * first, so two last children completing at once are serialized and the second sees the first's mark.
   */
  @Transactional
  public void recordCompletion(String fanOutId, String childOrganizationId) {
    rows.lock(fanOutId).orElseThrow(() -> unknown(fanOutId));
    if (!rows.markCompleted(fanOutId, childOrganizationId)) {
      log.debug("Fan-out {}: {} already completed (a retry)", fanOutId, childOrganizationId);
      return;
    }
    correlateIfComplete(fanOutId);
  }

  /** A child sent back: it is open again. A parent already correlated stays correlated (it has moved on). */
  @Transactional
  public void reopen(String fanOutId, String childOrganizationId) {
    rows.lock(fanOutId).orElseThrow(() -> unknown(fanOutId));
    rows.markOpen(fanOutId, childOrganizationId);
  }

  /** Correlates the parent if no child is left and nobody did before; true if this call did. */
  @Transactional
  public boolean correlateIfComplete(String fanOutId) {
    FanOutRows.Header fanOut = rows.lock(fanOutId).orElseThrow(() -> unknown(fanOutId));
    if (fanOut.correlatedAt() != null || rows.notCompleted(fanOutId) > 0 || !rows.markCorrelated(fanOutId)) {
      return false;
    }
    String pid = fanOut.parentProcessInstanceId();
    boolean waiting = runtimeService.createExecutionQuery().processInstanceId(pid)
        .messageEventSubscriptionName(fanOut.completionMessage()).count() > 0;
    if (waiting) {
      runtimeService.createMessageCorrelation(fanOut.completionMessage()).processInstanceId(pid).correlateWithResult();
      log.info("Fan-out {} complete: {} correlated to {}", fanOutId, fanOut.completionMessage(), pid);
    } else {
      // The parent was cancelled or moved on by hand: nothing to wake; the mark still records completion.
      log.warn("Fan-out {} complete but {} does not wait for {}", fanOutId, pid, fanOut.completionMessage());
    }
    return true;
  }

  /** The children not completed yet, by organization id. */
  @Transactional(readOnly = true)
  public List<String> late(String fanOutId) {
    return rows.late(fanOutId).stream().map(LateChild::organizationId).toList();
  }

  @Transactional(readOnly = true)
  public List<LateChild> lateWithNames(String fanOutId) {
    return rows.late(fanOutId);
  }

  @Transactional(readOnly = true)
  public Optional<FanOutStatus> status(String fanOutId) {
    return rows.find(fanOutId).map(h -> new FanOutStatus(h.id(), h.electionId(), h.parentOrganizationId(),
        h.parentProcessInstanceId(), h.completionMessage(), h.childProcessKey(), h.expected(),
        rows.count(fanOutId, "started_at is not null"), rows.count(fanOutId, "completed_at is not null"),
        h.correlatedAt() != null, h.openedAt(), h.correlatedAt()));
  }

  private static IllegalArgumentException unknown(String fanOutId) {
    return new IllegalArgumentException("Unknown fan-out " + fanOutId);
  }

  private static String lastSegment(String path) {
    String[] parts = path.split("/");
    return parts[parts.length - 1];
  }
}
