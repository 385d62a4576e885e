package cn.congress.nomination.quota;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.quota.Profiles.Profile;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Candidates elected in every selection that meets the rules. A candidate is pivotal exactly when their profile is:
 * no valid selection leaves out even one of that profile. Only profiles fully elected in the first selection can be;
 * they are tested in groups ("one fewer of EACH of these"): a selection for the group clears all of them at once, and
 * every selection found clears the other profiles it does not fully elect; only a failing group is split in halves.
 * So a slate with few pivotal profiles costs a handful of solver calls, not one per candidate.
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
    BitSet pivotal = new BitSet();
    test(all, open.stream().boxed().toList(), open, pivotal);
    List<PivotalCandidate> people = new ArrayList<>();
    for (int p = pivotal.nextSetBit(0); p >= 0; p = pivotal.nextSetBit(p + 1)) {
      people.addAll(pivotalOf(profiles.all().get(p), conflicts.explain(all.withOneLess(List.of(p)))));
    }
    return people;
  }

  private void test(Question all, List<Integer> group, BitSet open, BitSet pivotal) {
    List<Integer> still = group.stream().filter(open::get).toList();
    if (still.isEmpty()) return;
    var selection = model.solve(all.withOneLess(still));
    if (selection.isPresent()) {
      for (Profile p : profiles.all()) {
        if (selection.get()[p.index()] < p.size()) open.clear(p.index());
      }
    } else if (still.size() == 1) {
      open.clear(still.get(0));
      pivotal.set(still.get(0));
    } else {
      test(all, still.subList(0, still.size() / 2), open, pivotal);
      test(all, still.subList(still.size() / 2, still.size()), open, pivotal);
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
