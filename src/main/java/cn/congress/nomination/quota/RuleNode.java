package cn.congress.nomination.quota;

import cn.congress.nomination.election.RuleKind;
import cn.congress.nomination.election.Share;
import cn.congress.nomination.election.ShareBasis;
import cn.congress.nomination.election.StructureRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One structure rule as the solver sees it, flattened with its parent's index (-1 at the top). A top-level share is
 * turned into a minimum count at the given seats (the population is fixed there); a nested share stays a ratio because
 * its population is the parent's count, itself a variable.
 */
record RuleNode(int index, StructureRule rule, int parent, Integer minCount, Integer maxCount, Share nestedShare,
                boolean strict) {

  String code() {
    return rule.code();
  }

  String label() {
    return rule.label();
  }

  boolean hasLowerBound() {
    return nestedShare != null || (minCount != null && minCount > 0);
  }

  boolean hasUpperBound() {
    return maxCount != null;
  }

  /** The requirement in words; a top-level share also says what it means at these seats. */
  String requirement() {
    if (rule.kindOrCount() == RuleKind.SHARE && nestedShare == null) {
      return rule.describe() + "（即至少" + minCount + "名）";
    }
    return rule.describe();
  }

  static List<RuleNode> flatten(List<StructureRule> rules, int seats, Map<String, Share> localShares) {
    List<RuleNode> nodes = new ArrayList<>();
    for (StructureRule rule : rules) add(rule, -1, seats, localShares, nodes);
    return List.copyOf(nodes);
  }

  private static void add(StructureRule rule, int parent, int seats, Map<String, Share> localShares, List<RuleNode> into) {
    int index = into.size();
    if (rule.kindOrCount() == RuleKind.COUNT) {
      into.add(new RuleNode(index, rule, parent, rule.min(), rule.max(), null, false));
    } else {
      Share required = requiredShare(rule, localShares);
      boolean strict = rule.strictBound();
      into.add(parent < 0
          ? new RuleNode(index, rule, parent, smallestCountReaching(required, seats, strict), null, null, strict)
          : new RuleNode(index, rule, parent, null, null, required, strict));
    }
    for (StructureRule child : rule.children()) add(child, index, seats, localShares, into);
  }

  private static Share requiredShare(StructureRule rule, Map<String, Share> localShares) {
    if (rule.basis() != ShareBasis.LOCAL_MEMBERS) return Share.of(rule.share());
    Share local = localShares.get(rule.code());
    if (local == null) throw new IllegalArgumentException("缺少规则 " + rule.code() + " 在本单位党员中的占比");
    return local;
  }

  /** The least count x with x/seats reaching the share (seats + 1, i.e. impossible, when no count does). */
  static int smallestCountReaching(Share share, int seats, boolean strict) {
    for (int x = 0; x <= seats; x++) {
      if (share.reachedBy(x, seats, strict)) return x;
    }
    return seats + 1;
  }
}
