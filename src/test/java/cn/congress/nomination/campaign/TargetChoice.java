package cn.congress.nomination.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 24 inspection targets the standing committee would choose from the pool for the reference structure (16 seats:
 * leaders ≤ 9; frontline ≥ 7 with 3 advanced models, one a worker, and 4 professional-technical; women ≥ 7; a minority;
 * 9 under 50): 8 leaders and 16 frontline, women, minorities and the young first.
 */
final class TargetChoice {
  private TargetChoice() {}

  static List<String> of(JdbcTemplate jdbc, String election, List<String> pool, LocalDate electionDate) {
    return of(jdbc, election, pool, electionDate, 24);
  }

  /** The same choice for another number of names (21 initial candidates from the 24 targets). */
  static List<String> of(JdbcTemplate jdbc, String election, List<String> pool, LocalDate electionDate, int count) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String id : pool) {
      rows.add(jdbc.queryForMap("""
          select m.id, m.gender, m.ethnicity, m.birth_date, m.occupation, i.category_code
            from member m join election_identity i on i.member_id = m.id and i.election_id = ?
           where m.id = ?""", election, id));
    }
    rows.sort((a, b) -> score(b, electionDate) - score(a, electionDate));
    Set<String> chosen = new LinkedHashSet<>();
    take(rows, chosen, 8, r -> leader(r));
    take(rows, chosen, 2, r -> "ADVANCED_MODEL".equals(r.get("category_code")) && "WORKER".equals(r.get("occupation")));
    take(rows, chosen, 3, r -> "ADVANCED_MODEL".equals(r.get("category_code")));
    take(rows, chosen, 6, r -> "PROFESSIONAL_TECHNICAL".equals(r.get("category_code")));
    take(rows, chosen, count - chosen.size(), r -> !leader(r));
    assertThat(chosen).hasSize(count);
    return new ArrayList<>(chosen);
  }

  private static boolean leader(Map<String, Object> r) {
    return String.valueOf(r.get("category_code")).endsWith("_LEADER");
  }

  private static int score(Map<String, Object> r, LocalDate electionDate) {
    LocalDate born = ((java.sql.Date) r.get("birth_date")).toLocalDate();
    return ("FEMALE".equals(r.get("gender")) ? 4 : 0) + (!"汉族".equals(r.get("ethnicity")) ? 2 : 0)
        + (born.plusYears(50).isAfter(electionDate) ? 3 : 0);
  }

  private static void take(List<Map<String, Object>> rows, Set<String> chosen, int count,
                           java.util.function.Predicate<Map<String, Object>> fits) {
    int taken = 0;
    for (Map<String, Object> r : rows) {
      if (taken == count) return;
      String id = (String) r.get("id");
      if (fits.test(r) && chosen.add(id)) taken++;
    }
  }
}
