package cn.congress.nomination.simulation;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.RuleScope;
import cn.congress.nomination.election.StructureEvaluator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The delegates a synthetic conference elects from its own candidates: {@code count} of them meeting every delegate
 * structure rule of the election, found by a seeded random search (the same answer every run), as a real conference's
 * votes would be expected to produce.
 */
public final class DelegateChoice {
  private DelegateChoice() {}

  private static final int ATTEMPTS = 20_000;

  public static List<String> meetingStructure(Election election, List<CategorizedMember> candidates, int count) {
    Random random = new Random(count);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      List<CategorizedMember> pick = new ArrayList<>(candidates);
      Collections.shuffle(pick, random);
      pick = pick.subList(0, count);
      if (StructureEvaluator.allMet(StructureEvaluator.evaluate(election, RuleScope.DELEGATES, pick, Map.of()))) {
        return pick.stream().map(c -> c.member().id()).toList();
      }
    }
    throw new SimulationFailure("no " + count + " of the " + candidates.size()
        + " candidates meet the delegate structure (tried " + ATTEMPTS + " choices)");
  }
}
