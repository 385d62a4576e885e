package cn.congress.nomination.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 17 names a unit of the demo district puts forward, as its organization department would pick them: 6 bureau-level
 * and 3 division-level leaders and 8 frontline people of its own, all eligible (full members, no sanction in effect, not
 * under investigation, under 60 on the election day), women, minorities and the young first so that the district's
 * structure rules can be met later.
 */
final class UnitNames {
  private UnitNames() {}

  static List<String> of(JdbcTemplate jdbc, String election, String unit, LocalDate electionDate) {
    List<String> names = new ArrayList<>();
    names.addAll(pick(jdbc, election, unit, electionDate, "category_code = 'BUREAU_LEADER'", 6));
    names.addAll(pick(jdbc, election, unit, electionDate, "category_code = 'DIVISION_LEADER'", 3));
    names.addAll(pick(jdbc, election, unit, electionDate, "category_code = 'ADVANCED_MODEL'", 3));
    names.addAll(pick(jdbc, election, unit, electionDate, "category_code = 'PROFESSIONAL_TECHNICAL'", 3));
    List<String> rest = pick(jdbc, election, unit, electionDate,
        "category_code in ('ADVANCED_MODEL', 'PROFESSIONAL_TECHNICAL', 'WORKER', 'FARMER')", 40);
    rest.removeAll(names);
    names.addAll(rest.subList(0, Math.min(17 - names.size(), rest.size())));
    assertThat(names).as("eligible names of " + unit).hasSize(17);
    return names;
  }

  private static List<String> pick(JdbcTemplate jdbc, String election, String unit, LocalDate electionDate,
                                   String category, int count) {
    List<String> found = jdbc.queryForList("""
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
         fetch first ? rows only""", String.class, unit, election, electionDate.minusYears(60),
        count);
    return new ArrayList<>(found);
  }
}
