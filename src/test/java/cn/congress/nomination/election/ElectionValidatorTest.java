package cn.congress.nomination.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.congress.nomination.platform.Violation;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ElectionValidatorTest {

  private final ObjectNode tree = ReferenceConfig.tree();

  private List<Violation> validate() {
    return ElectionValidator.validate(ReferenceConfig.config(tree), ReferenceConfig.context(Set.of()));
  }

  private ObjectNode rule(int i) {
    return (ObjectNode) tree.withArray("structureRules").get(i);
  }

  private ObjectNode child(ObjectNode parent, int j) {
    return (ObjectNode) parent.withArray("children").get(j);
  }

  @Test
  void referenceElectionIsValid() {
    assertThat(validate()).isEmpty();
  }

  @Test
  void minimumAboveSeats() {
    rule(2).put("min", 17);
    assertThat(validate()).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("structureRules[2].min", "MIN_ABOVE_SEATS"));
  }

  @Test
  void minimumsOfMutuallyExclusiveCategoriesAddUpBeyondTheSeats() {
    rule(0).put("min", 9);   // leaders ≥ 9 and frontline ≥ 8: 17 people for 16 seats
    rule(1).put("min", 8);
    List<Violation> violations = validate();
    assertThat(violations).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("structureRules", "MINS_EXCEED_SEATS"));
    assertThat(violations.get(0).message()).contains("LEADING_CADRES", "FRONTLINE", "17", "16");
  }

  @Test
  void overlappingRulesDoNotAddUp() {
    rule(2).put("min", 16);   // women ≥ 16 overlaps with every identity rule: fits
    rule(4).put("min", 16);
    assertThat(validate()).isEmpty();
  }

  @Test
  void childrenRaiseTheirParentsMinimum() {
    child(rule(1), 1).put("min", 10);   // 3 advanced models + 10 professional-technical = 13 frontline, leaders ≥ 4
    rule(0).put("min", 4);
    assertThat(validate()).extracting(Violation::rule).containsExactly("MINS_EXCEED_SEATS");
  }

  @Test
  void childrenCannotNeedMoreThanTheirParentAllows() {
    rule(1).put("max", 6);   // frontline ≤ 6 (and ≥ 7), of which 3 + 4 = 7
    assertThat(validate()).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
        tuple("structureRules[1].min", "MIN_ABOVE_MAX"),
        tuple("structureRules[1].children", "CHILDREN_EXCEED_PARENT"));
  }

  @Test
  void nestedMinimumAboveTheParentsBound() {
    child(rule(1), 0).put("max", 3);
    child(child(rule(1), 0), 0).put("min", 5);   // workers among advanced models ≥ 5 of at most 3
    assertThat(validate()).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("structureRules[1].children[0].children[0].min", "MIN_ABOVE_PARENT"));
  }

  @Test
  void nestedMinimumAboveTheSeats() {
    child(rule(1), 1).put("min", 17);
    assertThat(validate()).extracting(Violation::field, Violation::rule)
        .contains(tuple("structureRules[1].children[1].min", "MIN_ABOVE_PARENT"));
  }

  @Test
  void minimumAboveMaximumAndMissingBounds() {
    rule(0).put("min", 10).put("max", 9);
    rule(3).remove("min");
    assertThat(validate()).extracting(Violation::field, Violation::rule).contains(
        tuple("structureRules[0].min", "MIN_ABOVE_MAX"), tuple("structureRules[3]", "BOUND_REQUIRED"));
  }

  @Test
  void unknownCategoryAndSelectorsThatMatchNobody() {
    ((ObjectNode) child(rule(1), 0).get("selector")).putArray("categories").add("HERO");
    ((ObjectNode) rule(4).get("selector")).put("ageBelow", 0);
    child(rule(1), 1).putObject("selector").putArray("categories").add("BUREAU_LEADER");
    assertThat(validate()).extracting(Violation::field, Violation::rule).contains(
        tuple("structureRules[1].children[0].selector.categories", "UNKNOWN_CATEGORY"),
        tuple("structureRules[4].selector.ageBelow", "AGE_RANGE"),
        tuple("structureRules[1].children[1].selector", "NESTED_SELECTOR_EMPTY"));
  }

  @Test
  void duplicateCodes() {
    rule(3).put("code", "WOMEN");
    ((ObjectNode) tree.withArray("identityCategories").get(3)).put("code", "WORKER");
    assertThat(validate()).extracting(Violation::field, Violation::rule).contains(
        tuple("structureRules[3].code", "DUPLICATE_CODE"), tuple("identityCategories[3].code", "DUPLICATE_CODE"));
  }

  @Test
  void deadlinesOutOfOrderAndElectionDayOutsideTheSchedule() {
    ((ObjectNode) tree.withArray("schedule").get(4)).put("dueOn", "2025-02-15");
    tree.put("electionDate", "2025-04-11");
    assertThat(validate()).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
        tuple("schedule[4].dueOn", "DEADLINE_ORDER"), tuple("electionDate", "ELECTION_DATE_AFTER_DEADLINE"));
  }

  @Test
  void impossibleMarginsAndAFunnelThatWidens() {
    ((ObjectNode) tree.withArray("margins").get(2)).put("count", 15);   // 15 initial candidates for 16 seats
    assertThat(validate()).extracting(Violation::field, Violation::rule).containsExactly(
        tuple("margins[2].count", "MARGIN_IMPOSSIBLE"), tuple("margins[3]", "MARGIN_FUNNEL"));
    ((ObjectNode) tree.withArray("margins").get(2)).put("count", 25);   // more initial candidates than targets
    assertThat(validate()).extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("margins[2]", "MARGIN_FUNNEL"));
    ((ObjectNode) tree.withArray("margins").get(2)).put("count", 21);
    ((ObjectNode) tree.withArray("margins").get(0)).put("kind", "EXACT_COUNT").put("count", 10);   // < 11 unit seats
    // … and a unit's list of 10 cannot hold the 6 + 3 + 8 its composition requires
    assertThat(validate()).extracting(Violation::field, Violation::rule).containsExactly(
        tuple("margins[0].count", "MARGIN_IMPOSSIBLE"), tuple("structureRules", "MINS_EXCEED_SEATS"));
  }

  @Test
  void unitSeats() {
    ArrayNode units = tree.withArray("unitSeats");
    ((ObjectNode) units.get(0)).put("seats", 0);
    ((ObjectNode) units.get(1)).put("organizationId", "ru-other");
    ((ObjectNode) units.get(2)).put("organizationId", "eu-district");
    ((ObjectNode) units.get(3)).put("organizationId", "ru-nowhere");
    ((ObjectNode) units.get(4)).put("organizationId", "ru-06");
    assertThat(validate()).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
        tuple("unitSeats[0].seats", "UNIT_SEATS_POSITIVE"),
        tuple("unitSeats[1].organizationId", "OUTSIDE_ELECTORAL_UNIT"),
        tuple("unitSeats[2].organizationId", "NOT_A_RECOMMENDING_UNIT"),
        tuple("unitSeats[3].organizationId", "UNKNOWN_ORGANIZATION"),
        tuple("unitSeats[5].organizationId", "DUPLICATE_UNIT"));
  }

  @Test
  void categoriesInUseCannotBeRemoved() {
    ((ArrayNode) tree.withArray("identityCategories")).remove(3);   // FARMER
    assertThat(ElectionValidator.validate(ReferenceConfig.config(tree), ReferenceConfig.context(Set.of("FARMER", "WORKER"))))
        .extracting(Violation::field, Violation::rule).containsExactly(tuple("identityCategories", "CATEGORY_IN_USE"));
  }

  @Test
  void shareRules() {
    tree.withArray("structureRules").addObject().put("code", "WOMEN_SHARE").put("label", "妇女占比").put("kind", "SHARE")
        .put("basis", "LOCAL_MEMBERS").putObject("selector").put("gender", "FEMALE");
    tree.withArray("structureRules").addObject().put("code", "FIXED_SHARE").put("label", "固定占比").put("kind", "SHARE")
        .put("basis", "FIXED").put("share", 1.5);
    tree.withArray("structureRules").addObject().put("code", "LOCAL_BY_CATEGORY").put("label", "按身份").put("kind", "SHARE")
        .put("basis", "LOCAL_MEMBERS").putObject("selector").putArray("kinds").add("FRONTLINE");
    assertThat(validate()).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
        tuple("structureRules[9].share", "SHARE_RANGE"), tuple("structureRules[10].selector", "LOCAL_SHARE_IDENTITY"));
  }

  @Test
  void everyViolationIsCollectedAtOnce() {
    tree.remove("name");
    tree.put("seats", 0);
    tree.put("publicityWorkingDays", 0);
    tree.put("electoralUnitId", "ru-01");
    tree.put("id", "el-taken");
    tree.putObject("quorum").put("numerator", 6).put("denominator", 5);
    ((ObjectNode) tree.get("threshold")).remove("basis");
    ((ObjectNode) tree.withArray("schedule").get(1)).put("step", "WORK_PLAN");
    ((ObjectNode) tree.withArray("margins").get(1)).put("stage", "RECOMMENDATION");
    tree.withArray("identityCategories").addObject().put("code", "bad code").put("name", "坏").put("kind", "OTHER");
    assertThat(validate()).extracting(Violation::field, Violation::rule).contains(
        tuple("name", "REQUIRED"), tuple("seats", "SEATS_POSITIVE"),
        tuple("publicityWorkingDays", "PUBLICITY_DAYS_RANGE"), tuple("electoralUnitId", "NOT_AN_ELECTORAL_UNIT"),
        tuple("id", "DUPLICATE_ID"), tuple("quorum", "FRACTION_RANGE"), tuple("threshold.basis", "REQUIRED"),
        tuple("schedule[1].step", "DUPLICATE_STEP"), tuple("margins[1].stage", "DUPLICATE_STAGE"),
        tuple("identityCategories[7].code", "CODE_FORMAT"));
    assertThat(validate()).allSatisfy(v -> assertThat(v.message()).startsWith(v.field()));
  }

  @Test
  void fullQuotaNominationNeedsNoAllocation_butAllocatedSeatsMustBeTheWholeQuota() {
    tree.put("nominationMode", "FULL_QUOTA");
    assertThat(validate()).extracting(Violation::rule).containsOnly("FULL_QUOTA_UNIT_SEATS");
    tree.putArray("unitSeats");
    assertThat(validate()).isEmpty();
    tree.put("nominationMode", "EXPANDED_RATIO");
    assertThat(validate()).extracting(Violation::rule).containsExactly("UNIT_SEATS_REQUIRED");
  }

  @Test
  void publicityDefaultsToFiveWorkingDays() {
    tree.remove("publicityWorkingDays");
    assertThat(validate()).isEmpty();
    assertThat(ReferenceConfig.config(tree).toElection(ElectionStatus.DRAFT).publicityWorkingDays()).isEqualTo(5);
  }
}
