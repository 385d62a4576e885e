package cn.congress.nomination.quota;

import cn.congress.nomination.quota.Profiles.Profile;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Says why a question has no answer: too few names for the seats; else every rule that is short on its own (with the
 * numbers); else one minimal set of rules that cannot be met together (a deletion filter: drop each rule in turn and
 * keep it dropped while the rest still fail, so every rule left is needed for the conflict).
 */
final class ConflictFinder {

  private final SlateModel model;
  private final Profiles profiles;

  ConflictFinder(SlateModel model, Profiles profiles) {
    this.model = model;
    this.profiles = profiles;
  }

  /** The conflicts of a question known to have no answer. */
  List<RuleConflict> explain(Question q) {
    int names = sum(q.limits(), null, -1);
    if (names < q.seats()) {
      return List.of(new RuleConflict(List.of(), "候选人只有" + names + "人，少于应选名额" + q.seats() + "名"));
    }
    List<RuleConflict> alone = new ArrayList<>();
    for (RuleNode node : enabled(q)) {
      BitSet only = new BitSet();
      only.set(node.index());
      if (model.solve(q.withEnabled(only)).isEmpty()) alone.add(shortOnItsOwn(node, q));
    }
    if (!alone.isEmpty()) return alone;
    List<RuleNode> together = minimalConflict(q);
    return List.of(new RuleConflict(together.stream().map(RuleNode::code).toList(),
        "结构要求" + together.stream().map(n -> n.label() + "（" + n.requirement() + "）").collect(Collectors.joining("、"))
            + "不能同时满足：从" + names + "名候选人中选出" + q.seats() + "名，无法兼顾"));
  }

  private List<RuleNode> minimalConflict(Question q) {
    BitSet kept = (BitSet) q.enabled().clone();
    for (RuleNode node : enabled(q)) {
      kept.clear(node.index());
      if (model.solve(q.withEnabled(kept)).isPresent()) kept.set(node.index());
    }
    return profiles.nodes().stream().filter(n -> kept.get(n.index())).toList();
  }

  private RuleConflict shortOnItsOwn(RuleNode node, Question q) {
    int counted = sum(q.limits(), node, 1);
    int others = sum(q.limits(), node, 0);
    List<String> code = List.of(node.code());
    if (node.nestedShare() == null && node.minCount() != null && counted < node.minCount()) {
      String share = node.minCount().equals(node.rule().min()) ? "" : "（" + node.rule().describe() + "）";
      return new RuleConflict(code, node.label() + "候选人只有" + counted + "人，少于要求的" + node.minCount() + "人" + share);
    }
    if (node.maxCount() != null && others < q.seats() - node.maxCount()) {
      return new RuleConflict(code, node.label() + "以外的候选人只有" + others + "人，" + node.label() + node.requirement()
          + "时选不满" + q.seats() + "个名额");
    }
    String within = node.parent() < 0 ? "" : "（在" + profiles.nodes().get(node.parent()).label() + "中计算）";
    return new RuleConflict(code, node.label() + "：候选人无法满足" + node.requirement() + within);
  }

  private List<RuleNode> enabled(Question q) {
    return profiles.nodes().stream().filter(n -> q.enabled().get(n.index())).toList();
  }

  /** Names available under the limits: all (node null), those the node counts (1) or those it does not (0). */
  private int sum(int[] limits, RuleNode node, int counted) {
    int total = 0;
    for (Profile p : profiles.all()) {
      boolean in = node != null && p.counted().get(node.index());
      if (node == null || in == (counted == 1)) total += Math.max(0, limits[p.index()]);
    }
    return total;
  }
}
