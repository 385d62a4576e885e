package cn.congress.nomination.quota;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.quota.Profiles.Profile;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Candidates elected in every selection that meets the rules. A candidate is pivotal exactly when their profile is:
 * no valid selection leaves out even one of that profile. Only profiles fully elected in EVERY selection found so far
 * can be pivotal, so each profile is tested once (one fewer allowed) and every selection the solver finds on the way
 * clears all other profiles it does not fully elect — usually a handful of solver calls for hundreds of candidates.
 */
final class PivotalFinder {

  private final SlateModel model;
  private final Profiles profiles;
  private final ConflictFinder conflicts;

  PivotalFinder(SlateModel model, Profiles profiles, ConflictFinder conflicts) {
    this.model = model;
    this.profiles = profiles;
    this.conflicts = conflicts;
  }

  List<PivotalCandidate> find(Question all, int[] firstSelection) {
    BitSet open = new BitSet();
    for (Profile p : profiles.all()) {
      if (p.size() > 0 && firstSelection[p.index()] == p.size()) open.set(p.index());
    }
    List<PivotalCandidate> pivotal = new ArrayList<>();
    for (int p = open.nextSetBit(0); p >= 0; p = open.nextSetBit(p + 1)) {
      Question withoutOne = all.withOneLess(p);
      var selection = model.solve(withoutOne);
      if (selection.isPresent()) {
        clearNotFullyElected(open, selection.get());
      } else {
        pivotal.addAll(pivotalOf(profiles.all().get(p), conflicts.explain(withoutOne)));
      }
    }
    return pivotal;
  }

  private void clearNotFullyElected(BitSet open, int[] selection) {
    for (Profile p : profiles.all()) {
      if (selection[p.index()] < p.size()) open.clear(p.index());
    }
  }

  private static List<PivotalCandidate> pivotalOf(Profile profile, List<RuleConflict> without) {
    List<String> codes = without.stream().flatMap(c -> c.ruleCodes().stream()).distinct().toList();
    String reason = without.stream().map(RuleConflict::message).collect(Collectors.joining("；"));
    List<PivotalCandidate> people = new ArrayList<>();
    for (CategorizedMember c : profile.members()) {
      String name = c.member().name();
      people.add(new PivotalCandidate(c.member().id(), name, codes, name + "必须当选：缺少此人，" + reason));
    }
    return people;
  }
}
