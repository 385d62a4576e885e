package cn.congress.nomination.quota;

import java.util.BitSet;

/**
 * One question put to the solver: can {@code seats} candidates be chosen under the enabled rules, electing at most
 * {@code limits[p]} of profile p, and (when {@code spareNode} ≥ 0) with one person to spare on that rule's side?
 */
record Question(int seats, BitSet enabled, int[] limits, int spareNode, Side spareSide) {

  enum Side { LOWER, UPPER }

  static Question all(int seats, Profiles profiles) {
    BitSet enabled = new BitSet();
    enabled.set(0, profiles.nodes().size());
    return new Question(seats, enabled, profiles.sizes(), -1, null);
  }

  Question withEnabled(BitSet rules) {
    return new Question(seats, (BitSet) rules.clone(), limits, spareNode, spareSide);
  }

  Question withOneLess(java.util.Collection<Integer> profiles) {
    int[] fewer = limits.clone();
    profiles.forEach(p -> fewer[p]--);
    return new Question(seats, enabled, fewer, spareNode, spareSide);
  }

  Question withSpare(int node, Side side) {
    return new Question(seats, enabled, limits, node, side);
  }

  int margin(RuleNode node, Side side) {
    return node.index() == spareNode && side == spareSide ? 1 : 0;
  }
}
