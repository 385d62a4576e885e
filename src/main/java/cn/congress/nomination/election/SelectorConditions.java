package cn.congress.nomination.election;

import cn.congress.nomination.organization.MemberAttributes.CadreLevel;
import cn.congress.nomination.organization.MemberAttributes.Education;
import cn.congress.nomination.organization.MemberAttributes.Gender;
import cn.congress.nomination.organization.MemberAttributes.HonourLevel;
import cn.congress.nomination.organization.MemberAttributes.Occupation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** A selector stored as (attribute, value) rows and read back: a new attribute is a new code, not a new column. */
final class SelectorConditions {
  private SelectorConditions() {}

  record Condition(String attribute, String value) {}

  static List<Condition> of(Selector s) {
    List<Condition> rows = new ArrayList<>();
    many(rows, "CATEGORY", s.categories(), Function.identity());
    many(rows, "KIND", s.kinds(), Enum::name);
    one(rows, "GENDER", s.gender());
    one(rows, "MINORITY", s.minority());
    one(rows, "AGE_BELOW", s.ageBelow());
    many(rows, "OCCUPATION", s.occupations(), Enum::name);
    one(rows, "EDUCATION_AT_LEAST", s.educationAtLeast());
    one(rows, "HONOUR_AT_LEAST", s.honourAtLeast());
    one(rows, "MIGRANT_WORKER", s.migrantWorker());
    many(rows, "CADRE_LEVEL", s.cadreLevels(), Enum::name);
    return rows;
  }

  static Selector toSelector(Collection<Condition> rows) {
    return new Selector(values(rows, "CATEGORY", Function.identity()), values(rows, "KIND", IdentityKind::valueOf),
        single(rows, "GENDER", Gender::valueOf), single(rows, "MINORITY", Boolean::valueOf),
        single(rows, "AGE_BELOW", Integer::valueOf), values(rows, "OCCUPATION", Occupation::valueOf),
        single(rows, "EDUCATION_AT_LEAST", Education::valueOf), single(rows, "HONOUR_AT_LEAST", HonourLevel::valueOf),
        single(rows, "MIGRANT_WORKER", Boolean::valueOf), values(rows, "CADRE_LEVEL", CadreLevel::valueOf));
  }

  private static <T> void many(List<Condition> rows, String attribute, Set<T> values, Function<T, String> text) {
    if (values != null) values.forEach(v -> rows.add(new Condition(attribute, text.apply(v))));
  }

  private static void one(List<Condition> rows, String attribute, Object value) {
    if (value != null) rows.add(new Condition(attribute, value instanceof Enum<?> e ? e.name() : value.toString()));
  }

  private static <T> Set<T> values(Collection<Condition> rows, String attribute, Function<String, T> parse) {
    Set<T> values = new LinkedHashSet<>();
    rows.stream().filter(r -> r.attribute().equals(attribute)).forEach(r -> values.add(parse.apply(r.value())));
    return values.isEmpty() ? null : values;
  }

  private static <T> T single(Collection<Condition> rows, String attribute, Function<String, T> parse) {
    return rows.stream().filter(r -> r.attribute().equals(attribute)).findFirst().map(r -> parse.apply(r.value())).orElse(null);
  }
}
