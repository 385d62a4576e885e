package cn.congress.nomination.quota;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.IdentityCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The slate grouped by which rules count each candidate (within their parent's selection for nested rules). Candidates
 * with the same profile are interchangeable for every rule, so the solver decides how many of each profile to elect
 * instead of one 0/1 choice per person: hundreds of candidates collapse to a few dozen variables, and a candidate is
 * pivotal exactly when their whole profile is.
 */
final class Profiles {

  record Profile(int index, BitSet counted, List<CategorizedMember> members) {
    int size() {
      return members.size();
    }
  }

  private final List<Profile> profiles;
  private final List<RuleNode> nodes;

  private Profiles(List<Profile> profiles, List<RuleNode> nodes) {
    this.profiles = profiles;
    this.nodes = nodes;
  }

  static Profiles of(Collection<CategorizedMember> slate, List<RuleNode> nodes, Map<String, IdentityCategory> definition,
                     LocalDate electionDate) {
    Map<BitSet, List<CategorizedMember>> grouped = new LinkedHashMap<>();
    for (CategorizedMember candidate : slate) {
      BitSet counted = new BitSet(nodes.size());
      for (RuleNode node : nodes) {
        boolean inParent = node.parent() < 0 || counted.get(node.parent());
        if (inParent && node.rule().selectorOrEveryone().matches(candidate, definition, electionDate)) {
          counted.set(node.index());
        }
      }
      grouped.computeIfAbsent(counted, k -> new ArrayList<>()).add(candidate);
    }
    List<Profile> list = new ArrayList<>();
    grouped.forEach((counted, members) -> list.add(new Profile(list.size(), counted, List.copyOf(members))));
    return new Profiles(List.copyOf(list), nodes);
  }

  List<Profile> all() {
    return profiles;
  }

  List<RuleNode> nodes() {
    return nodes;
  }

  int candidates() {
    return profiles.stream().mapToInt(Profile::size).sum();
  }

  /** How many candidates a rule counts (its parent's selection and its own selector). */
  int counted(RuleNode node) {
    return profiles.stream().filter(p -> p.counted().get(node.index())).mapToInt(Profile::size).sum();
  }

  /** Everyone in every profile at their full size: the upper bounds of an unconstrained question. */
  int[] sizes() {
    return profiles.stream().mapToInt(Profile::size).toArray();
  }

  /** The named people of a solution: the first n of each profile (they are interchangeable). */
  List<CategorizedMember> members(int[] counts) {
    List<CategorizedMember> chosen = new ArrayList<>();
    for (Profile p : profiles) chosen.addAll(p.members().subList(0, counts[p.index()]));
    return chosen;
  }
}
