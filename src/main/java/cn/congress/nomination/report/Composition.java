package cn.congress.nomination.report;

import cn.congress.nomination.election.RuleResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The composition of one list of people (recommended names, inspection targets, candidates, the elected): each figure
 * as a count, the count it is a share of, and the percentage (see {@link Percent}); the number of ethnic groups among
 * the minorities, the average age, counts by identity category, sector, unit type and cadre level, and each structure
 * rule of the election met or not.
 */
public record Composition(int total, List<Figure> figures, int ethnicGroups, BigDecimal averageAge,
                          Map<String, Long> byCategory, Map<String, Long> bySector, Map<String, Long> byUnitType,
                          Map<String, Long> byCadreLevel, List<RuleResult> rules, boolean allRulesMet) {

  /** One line of the statistics: e.g. FRONTLINE 771 of 2296 = 33.6%; a sub-figure names its parent. */
  public record Figure(String code, String label, String parentCode, long count, long of, BigDecimal percent) {}

  public Figure figure(String code) {
    return figures.stream().filter(f -> f.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No figure " + code));
  }
}
