package cn.congress.nomination.support;

import java.util.Arrays;
import java.util.function.Supplier;

/** Timing for benchmarks (never for assertions): one timed run, and the median of warm runs. */
public final class Stopwatch {
  private Stopwatch() {}

  public record Timed<T>(T value, double millis) {}

  public static <T> Timed<T> time(Supplier<T> work) {
    long start = System.nanoTime();
    T value = work.get();
    return new Timed<>(value, (System.nanoTime() - start) / 1e6);
  }

  /** Median milliseconds of {@code runs} runs. */
  public static double median(int runs, Supplier<?> work) {
    double[] times = new double[runs];
    for (int i = 0; i < runs; i++) times[i] = time(work).millis();
    Arrays.sort(times);
    return times[runs / 2];
  }
}
