package cn.congress.nomination.election;

import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.CadreLevel;
import cn.congress.nomination.organization.MemberAttributes.Education;
import cn.congress.nomination.organization.MemberAttributes.Gender;
import cn.congress.nomination.organization.MemberAttributes.HonourLevel;
import cn.congress.nomination.organization.MemberAttributes.Occupation;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which people a structure rule counts. Every condition given must hold (AND); a set matches any of its values (OR);
 * a selector with no condition matches everyone. Identity conditions look at the primary category of this election.
 */
public record Selector(Set<String> categories, Set<IdentityKind> kinds, Gender gender, Boolean minority,
                       Integer ageBelow, Set<Occupation> occupations, Education educationAtLeast,
                       HonourLevel honourAtLeast, Boolean migrantWorker, Set<CadreLevel> cadreLevels) {

  public static final Selector EVERYONE = new Selector(null, null, null, null, null, null, null, null, null, null);

  public boolean matches(CategorizedMember person, Map<String, IdentityCategory> definition, LocalDate electionDate) {
    Member m = person.member();
    String category = person.category();
    if (present(categories) && (category == null || !categories.contains(category))) return false;
    if (present(kinds)) {
      IdentityCategory c = category == null ? null : definition.get(category);
      if (c == null || !kinds.contains(c.kind())) return false;
    }
    return matchesAttributes(m, electionDate);
  }

  /** The conditions on the member's own record (no identity category): usable over all members of a unit. */
  public boolean matchesAttributes(Member m, LocalDate electionDate) {
    if (gender != null && m.gender() != gender) return false;
    if (minority != null && m.isMinority() != minority) return false;
    if (ageBelow != null && m.ageOn(electionDate) >= ageBelow) return false;
    if (present(occupations) && !occupations.contains(m.occupation())) return false;
    if (educationAtLeast != null && m.education().compareTo(educationAtLeast) < 0) return false;
    if (honourAtLeast != null && m.honourLevel().compareTo(honourAtLeast) < 0) return false;
    if (migrantWorker != null && m.migrantWorker() != migrantWorker) return false;
    return !present(cadreLevels) || cadreLevels.contains(m.cadreLevel());
  }

  public boolean usesIdentity() {
    return present(categories) || present(kinds);
  }

  public boolean usesAttributes() {
    return gender != null || minority != null || ageBelow != null || present(occupations) || educationAtLeast != null
        || honourAtLeast != null || migrantWorker != null || present(cadreLevels);
  }

  /**
   * The categories this selector admits when it looks at identity only. One primary category per person makes two
   * such selectors with disjoint sets mutually exclusive: their minimums add up.
   */
  public Optional<Set<String>> identityOnlyCategories(Map<String, IdentityCategory> definition) {
    if (!usesIdentity() || usesAttributes()) return Optional.empty();
    Set<String> admitted = new LinkedHashSet<>();
    for (IdentityCategory c : definition.values()) {
      if (present(categories) && !categories.contains(c.code())) continue;
      if (present(kinds) && !kinds.contains(c.kind())) continue;
      admitted.add(c.code());
    }
    return Optional.of(admitted);
  }

  private static boolean present(Set<?> set) {
    return set != null && !set.isEmpty();
  }
}
