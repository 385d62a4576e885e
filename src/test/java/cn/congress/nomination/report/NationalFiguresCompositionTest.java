package cn.congress.nomination.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.IdentityCategory;
import cn.congress.nomination.election.IdentityKind;
import cn.congress.nomination.election.RuleKind;
import cn.congress.nomination.election.RuleResult;
import cn.congress.nomination.election.RuleScope;
import cn.congress.nomination.election.Selector;
import cn.congress.nomination.election.StructureRule;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.CadreLevel;
import cn.congress.nomination.organization.MemberAttributes.Education;
import cn.congress.nomination.organization.MemberAttributes.Gender;
import cn.congress.nomination.organization.MemberAttributes.HonourLevel;
import cn.congress.nomination.organization.MemberAttributes.Membership;
import cn.congress.nomination.organization.MemberAttributes.Occupation;
import cn.congress.nomination.organization.MemberAttributes.Sanction;
import cn.congress.nomination.organization.MemberAttributes.UnitType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The 2,296 delegates of the 20th national congress, built person by person from the published composition
 * (../shared/scenarios/district-election.md, "National figures"), give the published percentages back.
 */
class NationalFiguresCompositionTest {

  static final LocalDate OPENING = LocalDate.of(2022, 10, 16);
  static final Map<String, IdentityCategory> DEFINITION = new LinkedHashMap<>();

  static {
    DEFINITION.put("LEADER", new IdentityCategory("LEADER", "领导干部", IdentityKind.LEADER, false));
    DEFINITION.put("FRONTLINE", new IdentityCategory("FRONTLINE", "一线代表", IdentityKind.FRONTLINE, false));
    DEFINITION.put("OTHER", new IdentityCategory("OTHER", "其他", IdentityKind.OTHER, false));
  }

  @Test
  void theNationalDelegates_giveThePublishedFigures() {
    List<StructureRule> rules = List.of(
        rule("WOMEN", "女代表不少于600名", new Selector(null, null, Gender.FEMALE, null, null, null, null, null, null, null), 600),
        rule("MINORITY", "少数民族代表不少于300名", new Selector(null, null, null, true, null, null, null, null, null, null), 300));

    Composition c = CompositionCalculator.of(nationalDelegates(), DEFINITION, OPENING, rules, Map.of());

    assertThat(c.total()).isEqualTo(2296);
    assertFigure(c, "FRONTLINE", 771, "33.6");
    assertFigure(c, "WORKERS", 192, "8.4");
    assertFigure(c, "MIGRANT_WORKERS", 26, "1.1");
    assertFigure(c, "FARMERS", 85, "3.7");
    assertFigure(c, "PROFESSIONAL_TECHNICAL", 266, "11.6");
    assertFigure(c, "WOMEN", 619, "27.0");
    assertFigure(c, "MINORITIES", 264, "11.5");
    assertThat(c.ethnicGroups()).isEqualTo(40);
    assertThat(c.averageAge()).hasToString("52.2");
    assertFigure(c, "UNDER_55", 1371, "59.7");
    assertFigure(c, "UNDER_45", 434, "18.9");
    assertFigure(c, "COLLEGE_OR_ABOVE", 2191, "95.4");
    assertFigure(c, "UNIVERSITY", 826, "36.0");
    assertFigure(c, "POSTGRADUATE", 1210, "52.7");
    assertFigure(c, "JOINED_AFTER_REFORM", 2224, "96.9");
    // honours are a share of the frontline, not of all delegates
    assertThat(c.figure("HONOURED_FRONTLINE").of()).isEqualTo(771);
    assertFigure(c, "HONOURED_FRONTLINE", 710, "92.1");

    assertThat(c.rules()).extracting(RuleResult::code, RuleResult::met, RuleResult::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("WOMEN", true, 619),
            org.assertj.core.groups.Tuple.tuple("MINORITY", false, 264));
    assertThat(c.allRulesMet()).isFalse();
    assertThat(c.rules().get(1).message()).contains("少数民族代表不少于300名").contains("264名");
  }

  @Test
  void roundingIsHalfUpToOneDecimal_fromTheExactCounts() {
    assertThat(Percent.of(266, 2296)).hasToString("11.6");   // 11.585…
    assertThat(Percent.of(1, 8)).hasToString("12.5");
    assertThat(Percent.of(1, 16)).hasToString("6.3");        // 6.25 rounds up
    assertThat(Percent.of(0, 0)).isNull();
    assertThat(Percent.average(119_853, 2296)).hasToString("52.2");
  }

  @Test
  void anEmptyList_hasNoPercentages_andNoAverage() {
    Composition c = CompositionCalculator.of(List.of(), DEFINITION, OPENING, List.of(), Map.of());
    assertThat(c.total()).isZero();
    assertThat(c.figure("WOMEN").percent()).isNull();
    assertThat(c.averageAge()).isNull();
    assertThat(c.allRulesMet()).isTrue();
  }

  /** Each attribute is laid over the delegates by index, independently of the others, to the published counts. */
  static List<CategorizedMember> nationalDelegates() {
    List<CategorizedMember> people = new ArrayList<>();
    String[] minorities = minorityGroups();
    for (int i = 0; i < 2296; i++) {
      // identity: 771 frontline (192 workers of whom 26 migrant, 85 farmers, 266 professional-technical, 228 others
      // such as advanced models in management), 1,200 leaders, the rest other
      String category;
      Occupation occupation;
      CadreLevel cadre = CadreLevel.NONE;
      if (i < 771) {
        category = "FRONTLINE";
        occupation = i < 192 ? Occupation.WORKER : i < 277 ? Occupation.FARMER : i < 543
            ? Occupation.PROFESSIONAL_TECHNICAL : Occupation.MANAGER;
      } else if (i < 1971) {
        category = "LEADER";
        occupation = Occupation.CIVIL_SERVANT;
        cadre = i < 1500 ? CadreLevel.BUREAU : CadreLevel.DIVISION;
      } else {
        category = "OTHER";
        occupation = Occupation.SOLDIER;
      }
      boolean migrant = i < 26;
      HonourLevel honour = i < 710 ? HonourLevel.PROVINCIAL : i < 771 ? HonourLevel.CITY : HonourLevel.NONE;
      Gender gender = (i * 5 + 2) % 2296 < 619 ? Gender.FEMALE : Gender.MALE;
      int m = (i * 11 + 5) % 2296;
      String ethnicity = m < 264 ? minorities[m % 40] : "汉族";
      int a = (i * 13 + 3) % 2296;
      // 434 under 45, 937 more under 55; 725 aged 59 and 200 aged 60: an average of 52.2
      int age = a < 434 ? 42 : a < 1371 ? 50 : a < 2096 ? 59 : 60;
      int e = (i * 17 + 1) % 2296;
      Education education = e < 1210 ? Education.POSTGRADUATE : e < 2036 ? Education.UNIVERSITY : e < 2191
          ? Education.COLLEGE : Education.HIGH_SCHOOL;
      LocalDate joined = (i * 19 + 7) % 2296 < 2224 ? LocalDate.of(1990, 7, 1) : LocalDate.of(1975, 7, 1);
      LocalDate born = OPENING.minusYears(age).minusDays(1);
      Member member = new Member("d-" + i, "national", "代表" + i, gender, ethnicity, born, joined, Membership.FULL,
          education, UnitType.PARTY_GOVERNMENT, null, cadre, occupation, honour, null, Sanction.NONE, null, false,
          false, false, migrant);
      people.add(new CategorizedMember(member, category));
    }
    return people;
  }

  private static String[] minorityGroups() {
    String[] names = ("蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 "
        + "傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 "
        + "仡佬族 锡伯族 阿昌族 普米族 塔吉克族").split(" ");
    assertThat(Set.of(names)).hasSize(40);
    return names;
  }

  private static StructureRule rule(String code, String label, Selector selector, int min) {
    return new StructureRule(code, label, RuleScope.DELEGATES, RuleKind.COUNT, selector, min, null, null, null, null,
        List.of());
  }

  private static void assertFigure(Composition c, String code, long count, String percent) {
    Composition.Figure f = c.figure(code);
    assertThat(f.count()).as(code).isEqualTo(count);
    assertThat(f.percent()).as(code).hasToString(percent);
  }
}
