package cn.congress.nomination.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The synthetic decisions, as the organization departments of the reference scenario would make them (the end-to-end
 * test's choices): a unit's 17 names — 6 bureau-level, 3 division-level leaders and 8 frontline people of its own, all
 * eligible, women, minorities and the young first; the standing committee's targets and candidates — leaders, advanced
 * models (a worker among them), professional-technical staff, then frontline, for the election's structure.
 */
final class Choices {

  private final JdbcTemplate jdbc;
  private final String election;
  private final LocalDate electionDate;

  Choices(JdbcTemplate jdbc, String election, LocalDate electionDate) {
    this.jdbc = jdbc;
    this.election = election;
    this.electionDate = electionDate;
  }

  List<String> unitNames(String unit, int count) {
    List<String> names = new ArrayList<>();
    names.addAll(pick(unit, "category_code = 'BUREAU_LEADER'", 6));
    names.addAll(pick(unit, "category_code = 'DIVISION_LEADER'", 3));
    names.addAll(pick(unit, "category_code = 'ADVANCED_MODEL'", 3));
    names.addAll(pick(unit, "category_code = 'PROFESSIONAL_TECHNICAL'", 3));
    List<String> rest = pick(unit, "category_code in ('ADVANCED_MODEL', 'PROFESSIONAL_TECHNICAL', 'WORKER', 'FARMER')",
        40);
    rest.removeAll(names);
    names.addAll(rest.subList(0, Math.max(0, Math.min(count - names.size(), rest.size()))));
    if (names.size() != count) {
      throw new SimulationFailure("recommending unit " + unit + " has only " + names.size() + " eligible names of the "
          + count + " its list needs: simulate more branches (the scenario's units have at least 20)");
    }
    return names;
  }

  private List<String> pick(String unit, String category, int count) {
    return new ArrayList<>(jdbc.queryForList("""
        select m.id from member m
          join organization o on o.id = m.organization_id
          join organization u on u.id = ? and o.path like concat(u.path, '%')
          join election_identity i on i.member_id = m.id and i.election_id = ?
         where i.""" + category + """
           and m.membership = 'FULL' and m.under_investigation = false
           and m.sanction = 'NONE'
           and m.birth_date > ?
         order by case when m.gender = 'FEMALE' then 0 else 1 end,
                  case when m.ethnicity <> '汉族' then 0 else 1 end,
                  m.birth_date desc, m.id
         fetch first ? rows only""", String.class, unit, election, electionDate.minusYears(60), count));
  }

  /** {@code count} names from the pool for the structure: 8 leaders, 2 worker and 3 more advanced models, 6 experts. */
  List<String> forStructure(List<String> pool, int count) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String id : pool) {
      rows.add(jdbc.queryForMap("""
          select m.id, m.gender, m.ethnicity, m.birth_date, m.occupation, i.category_code
            from member m join election_identity i on i.member_id = m.id and i.election_id = ?
           where m.id = ?""", election, id));
    }
    rows.sort((a, b) -> score(b) - score(a));
    Set<String> chosen = new LinkedHashSet<>();
    take(rows, chosen, 8, Choices::leader);
    take(rows, chosen, 2, r -> "ADVANCED_MODEL".equals(r.get("category_code")) && "WORKER".equals(r.get("occupation")));
    take(rows, chosen, 3, r -> "ADVANCED_MODEL".equals(r.get("category_code")));
    take(rows, chosen, 6, r -> "PROFESSIONAL_TECHNICAL".equals(r.get("category_code")));
    take(rows, chosen, count - chosen.size(), r -> !leader(r));
    if (chosen.size() != count) throw new SimulationFailure("the pool holds only " + chosen.size() + " fitting names");
    return new ArrayList<>(chosen);
  }

  private static boolean leader(Map<String, Object> r) {
    return String.valueOf(r.get("category_code")).endsWith("_LEADER");
  }

  private int score(Map<String, Object> r) {
    LocalDate born = ((java.sql.Date) r.get("birth_date")).toLocalDate();
    return ("FEMALE".equals(r.get("gender")) ? 4 : 0) + (!"汉族".equals(r.get("ethnicity")) ? 2 : 0)
        + (born.plusYears(50).isAfter(electionDate) ? 3 : 0);
  }

  private static void take(List<Map<String, Object>> rows, Set<String> chosen, int count,
                           Predicate<Map<String, Object>> fits) {
    int taken = 0;
    for (Map<String, Object> r : rows) {
      if (taken >= count) return;
      String id = (String) r.get("id");
      if (fits.test(r) && chosen.add(id)) taken++;
    }
  }
}
