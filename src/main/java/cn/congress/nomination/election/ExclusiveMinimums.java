package cn.congress.nomination.election;

import cn.congress.nomination.election.StructurePolicy.Family;
import cn.congress.nomination.election.StructurePolicy.Need;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Each person has one primary category, so rules over disjoint sets of categories never count the same person: their
 * minimums add up. Finds the family of pairwise disjoint rules with the largest total minimum (exact search: a handful
 * of rules); a rule over other attributes counts alone.
 */
final class ExclusiveMinimums {
  private ExclusiveMinimums() {}

  static Family largest(List<Need> needs) {
    List<Need> exclusive = needs.stream().filter(n -> n.categories().isPresent() && n.minimum() > 0)
        .sorted(Comparator.comparingInt(Need::minimum).reversed()).toList();
    Family best = needs.stream().filter(n -> n.minimum() > 0).max(Comparator.comparingInt(Need::minimum))
        .map(n -> new Family(List.of(String.valueOf(n.code())), n.minimum())).orElse(new Family(List.of(), 0));
    Family found = search(exclusive, 0, new HashSet<>(), new ArrayList<>(), 0, best);
    return found.sum() > best.sum() ? found : best;
  }

  private static Family search(List<Need> needs, int from, Set<String> taken, List<String> codes, int sum, Family best) {
    if (sum > best.sum()) best = new Family(List.copyOf(codes), sum);
    int rest = 0;
    for (int i = from; i < needs.size(); i++) rest += needs.get(i).minimum();
    if (sum + rest <= best.sum()) return best;
    for (int i = from; i < needs.size(); i++) {
      Set<String> categories = needs.get(i).categories().orElseThrow();
      if (categories.stream().anyMatch(taken::contains)) continue;
      taken.addAll(categories);
      codes.add(String.valueOf(needs.get(i).code()));
      best = search(needs, i + 1, taken, codes, sum + needs.get(i).minimum(), best);
      codes.remove(codes.size() - 1);
      taken.removeAll(categories);
    }
    return best;
  }
}
