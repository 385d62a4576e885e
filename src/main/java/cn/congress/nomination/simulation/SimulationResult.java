package cn.congress.nomination.simulation;

import java.util.ArrayList;
import java.util.List;

/** What a run did and measured; {@link #table()} prints it. */
public record SimulationResult(Simulation.Options options, Counts counts, List<Meter.StageTime> stages,
                               EngineBaseline.Result baseline, List<Long> branchNanos, long branchSaveNanos,
                               double tasklistAllOpenMillis, double tasklistQueryMillis,
                               long sampledHeapBytes, long peakHeapBytes, long databaseBytes, String report) {

  /** The outcome of every stage, counted in the domain tables and the engine's history. */
  public record Counts(long branches, long members, long committees, long branchesSubmitted, long unitListsFiled,
                       long inspectionTargets, long inspectionsPassed, long inspectionsVetoed, long initialCandidates,
                       long preliminaryCandidates, long preliminaryNotices, long delegatesElected,
                       long resultNotices, long mustKnowsConfirmed) {}

  public List<Meter.StageTime> stageTimes() {
    return stages;
  }

  /** Branch submissions per second in the branch stage. */
  public double branchSubmissionsPerSecond() {
    return stages.stream().filter(s -> s.stage().startsWith("branch nomination")).findFirst()
        .map(s -> s.millis() == 0 ? 0 : counts.branchesSubmitted() * 1000.0 / s.millis()).orElse(0.0);
  }

  /** Mean ms per branch submission in each tenth of the run, in the order they finished. */
  public List<Double> decileMillis() {
    List<Double> result = new ArrayList<>();
    int n = branchNanos.size();
    for (int d = 0; d < 10 && n >= 10; d++) {
      List<Long> slice = branchNanos.subList(d * n / 10, (d + 1) * n / 10);
      result.add(slice.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6);
    }
    return result;
  }

  public String table() {
    StringBuilder out = new StringBuilder();
    out.append("Simulation of %,d branches (%,d members, %,d committees), %d threads%n".formatted(counts.branches(),
        counts.members(), counts.committees(), options.threads()));
    out.append("| stage | wall time (s) | tasks completed | tasks/s |\n|---|---:|---:|---:|\n");
    for (Meter.StageTime s : stages) {
      out.append("| %s | %.1f | %,d | %.1f |%n".formatted(s.stage(), s.millis() / 1000.0, s.tasks(),
          s.tasksPerSecond()));
    }
    double ratio = baseline.perSecond() == 0 ? 0 : branchSubmissionsPerSecond() / baseline.perSecond();
    List<Double> deciles = decileMillis();
    out.append("\n| measure | value |\n|---|---:|\n");
    out.append("| branch submissions/s | %.1f |%n".formatted(branchSubmissionsPerSecond()));
    out.append("| bare engine baseline (one user task, start+claim+complete), instances/s | %.1f (%,d in %.1f s) |%n"
        .formatted(baseline.perSecond(), baseline.instances(), baseline.millis() / 1000.0));
    out.append("| ratio branch submissions / baseline | %.2f |%n".formatted(ratio));
    if (!deciles.isEmpty()) {
      out.append("| per-branch cost, first decile (ms) | %.1f |%n".formatted(deciles.get(0)));
      out.append("| per-branch cost, last decile (ms) | %.1f |%n".formatted(deciles.get(9)));
      out.append("| last / first decile | %.2f |%n".formatted(deciles.get(9) / deciles.get(0)));
      StringBuilder all = new StringBuilder();
      for (double d : deciles) all.append(all.isEmpty() ? "" : " · ").append("%.0f".formatted(d));
      out.append("| per-branch cost by decile (ms) | %s |%n".formatted(all));
    }
    if (!branchNanos.isEmpty()) {
      double all = branchNanos.stream().mapToLong(Long::longValue).sum() / 1e6 / branchNanos.size();
      double save = branchSaveNanos / 1e6 / branchNanos.size();
      out.append("| per branch: save the meeting (HTTP PUT, domain API) / find+claim+complete the task (engine), ms "
          + "| %.1f / %.1f |%n".formatted(save, all - save));
    }
    out.append("| branch secretary's Tasklist query (filter 本组织待办), all %,d branch tasks open (median, ms) | %.1f |%n"
        .formatted(counts.branches(), tasklistAllOpenMillis));
    out.append("| branch secretary's Tasklist query at the end (median, ms) | %.1f |%n".formatted(tasklistQueryMillis));
    out.append("| peak heap in use, sampled with the progress (MemoryMXBean) | %,d MiB |%n"
        .formatted(sampledHeapBytes >> 20));
    out.append("| sum of the heap pools' peaks (upper bound) | %,d MiB |%n".formatted(peakHeapBytes >> 20));
    out.append("| database size | %,d MiB |%n".formatted(databaseBytes >> 20));
    if (options.reach() == Simulation.Reach.ROUND_ONE) {
      out.append("%nStopped after round one (--through round-one): the later stages were not run.%n".formatted());
    }
    out.append("%nOutcome: %s%n".formatted(counts));
    return out.append('\n').append(report).toString();
  }
}
