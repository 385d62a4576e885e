package cn.congress.nomination.report;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.IdentityCategory;
import cn.congress.nomination.election.IdentityKind;
import cn.congress.nomination.election.RuleResult;
import cn.congress.nomination.election.Share;
import cn.congress.nomination.election.StructureEvaluator;
import cn.congress.nomination.election.StructureRule;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.CadreLevel;
import cn.congress.nomination.organization.MemberAttributes.Education;
import cn.congress.nomination.organization.MemberAttributes.Gender;
import cn.congress.nomination.organization.MemberAttributes.HonourLevel;
import cn.congress.nomination.organization.MemberAttributes.Occupation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Computes the {@link Composition} of any list, in plain Java (no database): the stage that holds the list gives the
 * people with their identity category in the election, the identity definition, the reference date (the election date)
 * and the structure rules to check (evaluated by {@link StructureEvaluator}).
 *
 * <p>Definitions. Frontline: primary identity category of kind FRONTLINE (a person without a category counts as
 * frontline when their occupation is worker, farmer or professional-technical and they are no leading cadre). Workers,
 * farmers, professional-technical: the frontline people of that occupation; migrant workers: the workers flagged so.
 * Leading cadres: category of kind LEADER, or without a category a cadre level above none. Ages are full years on the
 * reference date; "under 55" is younger than 55. Education: college (大专) or above, university (大学本科), postgraduate.
 * Joined after reform and opening: joined the Party on or after 18 December 1978 (the opening of the Third Plenary
 * Session of the 11th Central Committee); since the 18th congress: on or after 8 November 2012. Honours: frontline
 * people with provincial/ministerial-level honours or above, as a share of the frontline.
 */
public final class CompositionCalculator {
  private CompositionCalculator() {}

  public static final LocalDate REFORM_AND_OPENING = LocalDate.of(1978, 12, 18);
  public static final LocalDate EIGHTEENTH_CONGRESS = LocalDate.of(2012, 11, 8);

  public static Composition of(Collection<CategorizedMember> people, Map<String, IdentityCategory> definition,
                               LocalDate referenceDate, List<StructureRule> rules, Map<String, Share> localShares) {
    List<CategorizedMember> all = List.copyOf(people);
    int total = all.size();
    List<Composition.Figure> figures = new ArrayList<>();
    Predicate<CategorizedMember> frontline = p -> kindOf(p, definition) == IdentityKind.FRONTLINE;
    Predicate<CategorizedMember> worker = frontline.and(p -> p.member().occupation() == Occupation.WORKER);
    long frontlineCount = count(all, frontline);

    add(figures, all, "FRONTLINE", "生产和工作第一线", null, frontline, total);
    add(figures, all, "WORKERS", "其中：工人", "FRONTLINE", worker, total);
    add(figures, all, "MIGRANT_WORKERS", "其中：农民工", "WORKERS", worker.and(p -> p.member().migrantWorker()), total);
    add(figures, all, "FARMERS", "其中：农民", "FRONTLINE",
        frontline.and(p -> p.member().occupation() == Occupation.FARMER), total);
    add(figures, all, "PROFESSIONAL_TECHNICAL", "其中：专业技术人员", "FRONTLINE",
        frontline.and(p -> p.member().occupation() == Occupation.PROFESSIONAL_TECHNICAL), total);
    add(figures, all, "HONOURED_FRONTLINE", "其中：获省部级以上荣誉", "FRONTLINE",
        frontline.and(p -> p.member().honourLevel().compareTo(HonourLevel.PROVINCIAL) >= 0), frontlineCount);
    Predicate<CategorizedMember> leader = p -> kindOf(p, definition) == IdentityKind.LEADER;
    add(figures, all, "LEADING_CADRES", "领导干部", null, leader, total);
    add(figures, all, "BUREAU_LEVEL", "其中：局级", "LEADING_CADRES",
        leader.and(p -> p.member().cadreLevel() == CadreLevel.BUREAU), total);
    add(figures, all, "DIVISION_LEVEL", "其中：处级", "LEADING_CADRES",
        leader.and(p -> p.member().cadreLevel() == CadreLevel.DIVISION), total);
    add(figures, all, "WOMEN", "女性", null, p -> p.member().gender() == Gender.FEMALE, total);
    add(figures, all, "MINORITIES", "少数民族", null, p -> p.member().isMinority(), total);
    add(figures, all, "UNDER_55", "55岁以下", null, p -> p.member().ageOn(referenceDate) < 55, total);
    add(figures, all, "UNDER_50", "50岁以下", null, p -> p.member().ageOn(referenceDate) < 50, total);
    add(figures, all, "UNDER_45", "45岁以下", null, p -> p.member().ageOn(referenceDate) < 45, total);
    add(figures, all, "COLLEGE_OR_ABOVE", "大专以上学历", null,
        p -> p.member().education().compareTo(Education.COLLEGE) >= 0, total);
    add(figures, all, "UNIVERSITY", "其中：大学本科", "COLLEGE_OR_ABOVE",
        p -> p.member().education() == Education.UNIVERSITY, total);
    add(figures, all, "POSTGRADUATE", "其中：研究生", "COLLEGE_OR_ABOVE",
        p -> p.member().education() == Education.POSTGRADUATE, total);
    add(figures, all, "JOINED_AFTER_REFORM", "改革开放以后入党", null,
        p -> !p.member().joinedOn().isBefore(REFORM_AND_OPENING), total);
    add(figures, all, "JOINED_SINCE_18TH", "其中：党的十八大以来入党", "JOINED_AFTER_REFORM",
        p -> !p.member().joinedOn().isBefore(EIGHTEENTH_CONGRESS), total);

    Set<String> groups = new HashSet<>();
    long ageSum = 0;
    Map<String, Long> byCategory = new LinkedHashMap<>();
    definition.keySet().forEach(code -> byCategory.put(code, 0L));
    Map<String, Long> bySector = new TreeMap<>();
    Map<String, Long> byUnitType = new TreeMap<>();
    Map<String, Long> byCadreLevel = new LinkedHashMap<>();
    for (CadreLevel level : CadreLevel.values()) byCadreLevel.put(level.name(), 0L);
    for (CategorizedMember p : all) {
      Member m = p.member();
      if (m.isMinority()) groups.add(m.ethnicity());
      ageSum += m.ageOn(referenceDate);
      byCategory.merge(p.category() == null ? "UNASSIGNED" : p.category(), 1L, Long::sum);
      bySector.merge(m.sector() == null || m.sector().isBlank() ? "未填写" : m.sector(), 1L, Long::sum);
      byUnitType.merge(m.unitType().name(), 1L, Long::sum);
      byCadreLevel.merge(m.cadreLevel().name(), 1L, Long::sum);
    }
    List<RuleResult> results = rules == null || rules.isEmpty() ? List.of()
        : StructureEvaluator.evaluate(rules, definition, all, referenceDate, localShares == null ? Map.of() : localShares);
    return new Composition(total, List.copyOf(figures), groups.size(), Percent.average(ageSum, total), byCategory,
        bySector, byUnitType, byCadreLevel, results, StructureEvaluator.allMet(results));
  }

  /** The broad kind of the person's primary category; without one, what their own record says. */
  static IdentityKind kindOf(CategorizedMember p, Map<String, IdentityCategory> definition) {
    IdentityCategory category = p.category() == null ? null : definition.get(p.category());
    if (category != null) return category.kind();
    Member m = p.member();
    if (m.isLeadingCadre()) return IdentityKind.LEADER;
    return switch (m.occupation()) {
      case WORKER, FARMER, PROFESSIONAL_TECHNICAL -> IdentityKind.FRONTLINE;
      default -> IdentityKind.OTHER;
    };
  }

  private static long count(List<CategorizedMember> people, Predicate<CategorizedMember> test) {
    return people.stream().filter(test).count();
  }

  private static void add(List<Composition.Figure> figures, List<CategorizedMember> people, String code, String label,
                          String parent, Predicate<CategorizedMember> test, long of) {
    long count = count(people, test);
    figures.add(new Composition.Figure(code, label, parent, count, of, Percent.of(count, of)));
  }
}
