package cn.congress.nomination.quota;

import cn.congress.nomination.election.Share;
import cn.congress.nomination.quota.Profiles.Profile;
import cn.congress.nomination.quota.Question.Side;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.variables.IntVar;

/**
 * The integer program over profiles: n_p ∈ [0, limit_p], Σ n_p = seats, and per rule its count s_r = Σ_{p counted by r}
 * n_p bounded by min / max, or for a nested share whole·s_r − part·s_parent ≥ 0 (≥ 1 when strict): linear, no rounding.
 * <p>
 * Solver: Choco (org.choco-solver), a maintained pure-Java CP solver. Chosen over OR-Tools CP-SAT because it needs no
 * native library (nothing to extract from a Spring Boot fat jar, no platform classifier per OS to ship, no JNI crash
 * risk in the server), and on the profile model it decides a 760-seat slate with its pivotal people well under a
 * second (FeasibilityBenchmark), which is all the speed this needs.
 */
final class SlateModel {

  /** A question the solver could not settle in time: reported, never guessed. */
  static final class Undecided extends RuntimeException {
    Undecided(String message) {
      super(message);
    }
  }

  private final Profiles profiles;
  private final Duration timeLimit;

  SlateModel(Profiles profiles, Duration timeLimit) {
    this.profiles = profiles;
    this.timeLimit = timeLimit;
  }

  /** How many of each profile a selection answering the question elects, or empty when none exists. */
  Optional<int[]> solve(Question q) {
    if (q.seats() > sum(q.limits())) return Optional.empty();
    Model model = new Model("slate");
    List<Profile> all = profiles.all();
    IntVar[] elected = new IntVar[all.size()];
    for (Profile p : all) elected[p.index()] = model.intVar("n" + p.index(), 0, Math.max(0, q.limits()[p.index()]));
    if (elected.length > 0) model.sum(elected, "=", q.seats()).post();
    IntVar[] counts = new IntVar[profiles.nodes().size()];
    for (RuleNode node : profiles.nodes()) counts[node.index()] = count(model, elected, node);
    postPartitions(model, elected, counts, q.seats());
    for (RuleNode node : profiles.nodes()) {
      if (q.enabled().get(node.index())) post(model, node, counts, q);
    }
    Solver solver = model.getSolver();
    // Large profiles first and as many of them as allowed: most rules ask for at least some people.
    solver.setSearch(Search.inputOrderUBSearch(byDescendingLimit(elected)));
    solver.limitTime(timeLimit.toMillis());
    boolean solved = solver.solve();
    if (solved) {
      int[] solution = new int[elected.length];
      for (int i = 0; i < elected.length; i++) solution[i] = elected[i].getValue();
      return Optional.of(solution);
    }
    if (solver.isStopCriterionMet()) {
      throw new Undecided("结构可行性计算未能在" + timeLimit.toSeconds() + "秒内得出结论，请联系管理员");
    }
    return Optional.empty();
  }

  private IntVar count(Model model, IntVar[] elected, RuleNode node) {
    return sumOf(model, elected, p -> p.counted().get(node.index()));
  }

  /**
   * Redundant, for propagation only: the seats split into those a rule counts and the rest, and for every two rules
   * into the four cells in/out × in/out. Without them the solver sees each count's bounds apart from the seats and
   * must search to learn that, e.g., "at most 1 leader" and "at least 2 women, all of them leaders" exclude each other;
   * with them such conflicts fail at the root, which is what keeps infeasible questions fast.
   */
  private void postPartitions(Model model, IntVar[] elected, IntVar[] counts, int seats) {
    List<RuleNode> nodes = profiles.nodes();
    for (RuleNode a : nodes) {
      IntVar rest = sumOf(model, elected, p -> !p.counted().get(a.index()));
      model.arithm(counts[a.index()], "+", rest, "=", seats).post();
      for (RuleNode b : nodes.subList(a.index() + 1, nodes.size())) {
        int i = a.index();
        int j = b.index();
        IntVar both = sumOf(model, elected, p -> p.counted().get(i) && p.counted().get(j));
        IntVar onlyA = sumOf(model, elected, p -> p.counted().get(i) && !p.counted().get(j));
        IntVar onlyB = sumOf(model, elected, p -> !p.counted().get(i) && p.counted().get(j));
        IntVar neither = sumOf(model, elected, p -> !p.counted().get(i) && !p.counted().get(j));
        model.sum(new IntVar[] {both, onlyA, onlyB, neither}, "=", seats).post();
        model.arithm(both, "+", onlyA, "=", counts[i]).post();
        model.arithm(both, "+", onlyB, "=", counts[j]).post();
      }
    }
  }

  private IntVar sumOf(Model model, IntVar[] elected, java.util.function.Predicate<Profile> which) {
    List<IntVar> terms = new ArrayList<>();
    int most = 0;
    for (Profile p : profiles.all()) {
      if (which.test(p)) {
        terms.add(elected[p.index()]);
        most += elected[p.index()].getUB();
      }
    }
    if (terms.isEmpty()) return model.intVar(0);
    if (terms.size() == 1) return terms.get(0);
    IntVar s = model.intVar(0, most);
    model.sum(terms.toArray(IntVar[]::new), "=", s).post();
    return s;
  }

  private void post(Model model, RuleNode node, IntVar[] counts, Question q) {
    IntVar s = counts[node.index()];
    int lowerSpare = q.margin(node, Side.LOWER);
    if (node.nestedShare() != null) {
      Share share = reduced(node.nestedShare(), profiles.candidates());
      int whole = Math.toIntExact(share.whole());
      int part = Math.toIntExact(share.part());
      IntVar population = counts[node.parent()];
      // whole·(s − spare) ≥ part·population, +1 when strictly above
      model.scalar(new IntVar[] {s, population}, new int[] {whole, -part}, ">=",
          (node.strict() ? 1 : 0) + lowerSpare * whole).post();
    } else if (node.minCount() != null && node.minCount() + lowerSpare > 0) {
      model.arithm(s, ">=", node.minCount() + lowerSpare).post();
    }
    if (node.maxCount() != null) model.arithm(s, "<=", node.maxCount() - q.margin(node, Side.UPPER)).post();
  }

  /** The share in lowest terms, so its coefficients stay small; refused if they still could not be added up exactly. */
  private static Share reduced(Share share, int candidates) {
    long gcd = gcd(share.part(), share.whole());
    Share r = gcd == 0 ? share : new Share(share.part() / gcd, share.whole() / gcd);
    long largest = Math.max(r.whole(), r.part()) * Math.max(1, candidates);
    if (largest > Integer.MAX_VALUE / 4) {
      throw new IllegalArgumentException("占比 " + share.part() + "/" + share.whole() + " 数值过大，无法精确计算");
    }
    return r;
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  private IntVar[] byDescendingLimit(IntVar[] elected) {
    List<IntVar> order = new ArrayList<>(List.of(elected));
    order.sort((a, b) -> Integer.compare(b.getUB(), a.getUB()));
    return order.toArray(IntVar[]::new);
  }

  private static int sum(int[] values) {
    int total = 0;
    for (int v : values) total += Math.max(0, v);
    return total;
  }
}
