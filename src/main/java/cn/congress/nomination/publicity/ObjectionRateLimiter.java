package cn.congress.nomination.publicity;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits the public objection endpoint per client address: at most {@code max} requests in any sliding window
 * ({@code nomination.publicity.public-objections.max-per-client} per {@code …window}). Every attempt counts, valid or
 * not. Kept in this node's memory: behind a load balancer each node counts its own share.
 */
@Component
class ObjectionRateLimiter {

  /** Beyond this many tracked clients, addresses with nothing in the window are forgotten. */
  private static final int EVICT_ABOVE = 10_000;

  private final int max;
  private final Duration window;
  private final Map<String, Deque<Long>> attempts = new ConcurrentHashMap<>();

  ObjectionRateLimiter(@Value("${nomination.publicity.public-objections.max-per-client:10}") int max,
                       @Value("${nomination.publicity.public-objections.window:PT1H}") Duration window) {
    this.max = max;
    this.window = window;
  }

  /** Records an attempt; false when the client has used up its requests in the window (the attempt is refused). */
  boolean tryAcquire(String client, long nowMillis) {
    if (attempts.size() > EVICT_ABOVE) evict(nowMillis);
    Deque<Long> times = attempts.computeIfAbsent(client, c -> new ArrayDeque<>());
    synchronized (times) {
      long from = nowMillis - window.toMillis();
      while (!times.isEmpty() && times.peekFirst() <= from) times.pollFirst();
      if (times.size() >= max) return false;
      times.addLast(nowMillis);
      return true;
    }
  }

  /** Seconds until the client's oldest counted attempt leaves the window. */
  long retryAfterSeconds(String client, long nowMillis) {
    Deque<Long> times = attempts.get(client);
    if (times == null) return 0;
    synchronized (times) {
      Long oldest = times.peekFirst();
      return oldest == null ? 0 : Math.max(1, (oldest + window.toMillis() - nowMillis + 999) / 1000);
    }
  }

  int max() {
    return max;
  }

  Duration window() {
    return window;
  }

  /** Forgets every client (tests start from a clean count). */
  void reset() {
    attempts.clear();
  }

  private void evict(long nowMillis) {
    long from = nowMillis - window.toMillis();
    attempts.entrySet().removeIf(e -> {
      synchronized (e.getValue()) {
        return e.getValue().isEmpty() || e.getValue().peekLast() <= from;
      }
    });
  }
}
