package cn.congress.nomination.quota;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.IdentityCategory;
import cn.congress.nomination.election.IdentityKind;
import cn.congress.nomination.election.RuleKind;
import cn.congress.nomination.election.RuleScope;
import cn.congress.nomination.election.Selector;
import cn.congress.nomination.election.ShareBasis;
import cn.congress.nomination.election.StructureRule;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference scenario's identity definition and delegate structure, built from the election package's own types,
 * and a factory for candidates with exactly the attributes the rules look at.
 */
final class ReferenceStructure {
  private ReferenceStructure() {}

  static final LocalDate DAY = LocalDate.of(2025, 4, 9);
  static final int SEATS = 16;

  static final Map<String, IdentityCategory> DEFINITION = definition(
      new IdentityCategory("BUREAU_LEADER", "局级领导干部", IdentityKind.LEADER, true),
      new IdentityCategory("DIVISION_LEADER", "处级领导干部", IdentityKind.LEADER, true),
      new IdentityCategory("WORKER", "工人", IdentityKind.FRONTLINE, false),
      new IdentityCategory("FARMER", "农民", IdentityKind.FRONTLINE, false),
      new IdentityCategory("PROFESSIONAL_TECHNICAL", "专业技术人员", IdentityKind.FRONTLINE, true),
      new IdentityCategory("ADVANCED_MODEL", "先进模范人物", IdentityKind.FRONTLINE, true),
      new IdentityCategory("OTHER", "其他", IdentityKind.OTHER, false));

  static final Selector LEADERS = selector(Set.of("LEADER"), null, null, null, null, null);
  static final Selector FRONTLINE = selector(Set.of("FRONTLINE"), null, null, null, null, null);
  static final Selector ADVANCED = selector(null, Set.of("ADVANCED_MODEL"), null, null, null, null);
  static final Selector WORKERS = selector(null, null, null, null, null, Set.of(Occupation.WORKER));
  static final Selector PRO_TECH = selector(null, Set.of("PROFESSIONAL_TECHNICAL"), null, null, null, null);
  static final Selector WOMEN = selector(null, null, Gender.FEMALE, null, null, null);
  static final Selector MINORITY = selector(null, null, null, true, null, null);
  static final Selector UNDER_50 = selector(null, null, null, null, 50, null);

  /** Leaders ≤ 9; frontline ≥ 7 of which advanced models ≥ 3 (≥ 1 worker) and professional-technical ≥ 4; women ≥ 7; minority ≥ 1; under 50 ≥ 9. */
  static List<StructureRule> rules() {
    return List.of(
        count("LEADING_CADRES", "领导干部", LEADERS, null, 9),
        count("FRONTLINE", "生产和工作第一线", FRONTLINE, 7, null,
            count("ADVANCED_MODELS", "先进模范人物", ADVANCED, 3, null,
                count("ADVANCED_MODEL_WORKERS", "先进模范人物中的工人", WORKERS, 1, null)),
            count("PROFESSIONAL_TECHNICAL_STAFF", "专业技术人员", PRO_TECH, 4, null)),
        count("WOMEN", "妇女", WOMEN, 7, null),
        count("MINORITY", "少数民族", MINORITY, 1, null),
        count("UNDER_50", "50岁以下", UNDER_50, 9, null));
  }

  static StructureRule count(String code, String label, Selector selector, Integer min, Integer max,
                             StructureRule... children) {
    return new StructureRule(code, label, RuleScope.DELEGATES, RuleKind.COUNT, selector, min, max, null, false, null,
        List.of(children));
  }

  static StructureRule fixedShare(String code, String label, Selector selector, String share, boolean strict,
                                  StructureRule... children) {
    return new StructureRule(code, label, RuleScope.DELEGATES, RuleKind.SHARE, selector, null, null,
        new BigDecimal(share), strict, ShareBasis.FIXED, List.of(children));
  }

  static StructureRule localShare(String code, String label, Selector selector) {
    return new StructureRule(code, label, RuleScope.DELEGATES, RuleKind.SHARE, selector, null, null, null, false,
        ShareBasis.LOCAL_MEMBERS, List.of());
  }

  static FeasibilityCheck check(List<StructureRule> rules) {
    return new FeasibilityCheck(rules, DEFINITION, DAY, Map.of());
  }

  private static Selector selector(Set<String> kinds, Set<String> categories, Gender gender, Boolean minority,
                                   Integer ageBelow, Set<Occupation> occupations) {
    return new Selector(categories, kinds == null ? null : kinds.stream().map(IdentityKind::valueOf)
        .collect(java.util.stream.Collectors.toSet()), gender, minority, ageBelow, occupations, null, null, null, null);
  }

  private static Map<String, IdentityCategory> definition(IdentityCategory... categories) {
    Map<String, IdentityCategory> byCode = new LinkedHashMap<>();
    for (IdentityCategory c : categories) byCode.put(c.code(), c);
    return byCode;
  }

  /** Builds candidates with readable ids (c01, c02 …) and only the attributes structure rules read. */
  static final class Candidates {
    private int sequence;

    CategorizedMember add(String category, Gender gender, boolean minority, int age, Occupation occupation) {
      String id = "c%02d".formatted(++sequence);
      CadreLevel cadre = switch (category) {
        case "BUREAU_LEADER" -> CadreLevel.BUREAU;
        case "DIVISION_LEADER" -> CadreLevel.DIVISION;
        default -> CadreLevel.NONE;
      };
      Member m = new Member(id, "br-1", "候选人" + id, gender, minority ? "回族" : "汉族", DAY.minusYears(age).minusDays(1),
          DAY.minusYears(20), Membership.FULL, Education.UNIVERSITY, UnitType.OTHER, null, cadre, occupation,
          HonourLevel.NONE, null, Sanction.NONE, null, false, false, false, false);
      return new CategorizedMember(m, category);
    }

    CategorizedMember leader(Gender gender, int age) {
      return add("DIVISION_LEADER", gender, false, age, Occupation.CIVIL_SERVANT);
    }
  }
}
