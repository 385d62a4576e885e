package cn.congress.nomination.simulation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Times the stages of a run and shows progress: every few seconds a line with the stage, the tasks completed so far,
 * the expected total where known, and the rate since the stage began.
 */
final class Meter implements AutoCloseable {

  /** One stage as measured: wall time and the engine's tasks completed in it. */
  record StageTime(String stage, long millis, long tasks) {
    double tasksPerSecond() {
      return millis == 0 ? 0 : tasks * 1000.0 / millis;
    }
  }

  private final PrintStream out;
  private final LongSupplier finishedTasks;
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "simulation-progress");
    t.setDaemon(true);
    return t;
  });
  private final List<StageTime> stages = new ArrayList<>();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong maxHeap = new AtomicLong();
  private volatile String current = "";
  private volatile long expected;
  private volatile long startedAt;

  Meter(PrintStream out, LongSupplier finishedTasks, long intervalSeconds) {
    this.out = out;
    this.finishedTasks = finishedTasks;
    ticker.scheduleAtFixedRate(this::progress, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
  }

  /** Runs one stage, counting the engine's completed tasks before and after it. */
  <T> T stage(String name, long expectedItems, java.util.function.Supplier<T> work) {
    long before = finishedTasks.getAsLong();
    current = name;
    expected = expectedItems;
    done.set(0);
    startedAt = System.nanoTime();
    out.printf("[simulate] %s …%n", name);
    T result = work.get();
    long millis = (System.nanoTime() - startedAt) / 1_000_000;
    maxHeap.accumulateAndGet(SimulationMeasures.heapUsedBytes(), Math::max);
    StageTime time = new StageTime(name, millis, finishedTasks.getAsLong() - before);
    stages.add(time);
    current = "";
    out.printf("[simulate] %s done: %,d ms, %,d tasks, %.1f tasks/s%n", name, millis, time.tasks(),
        time.tasksPerSecond());
    return result;
  }

  void stage(String name, long expectedItems, Runnable work) {
    stage(name, expectedItems, () -> {
      work.run();
      return null;
    });
  }

  /** One item of the current stage done (a branch submitted, a unit filed …). */
  void tick() {
    done.incrementAndGet();
  }

  void tick(int items) {
    done.addAndGet(items);
  }

  List<StageTime> stages() {
    return List.copyOf(stages);
  }

  /** The largest heap in use seen by the ticker (every interval, and at each stage's end). */
  long maxHeapSampled() {
    return maxHeap.get();
  }

  private void progress() {
    maxHeap.accumulateAndGet(SimulationMeasures.heapUsedBytes(), Math::max);
    String stage = current;
    if (stage.isEmpty()) return;
    double seconds = (System.nanoTime() - startedAt) / 1e9;
    long items = done.get();
    out.printf("[simulate] %-34s %,d/%s items, %.1f/s, %.0f s%n", stage, items,
        expected > 0 ? "%,d".formatted(expected) : "?", seconds > 0 ? items / seconds : 0, seconds);
  }

  @Override
  public void close() {
    ticker.shutdownNow();
  }
}
