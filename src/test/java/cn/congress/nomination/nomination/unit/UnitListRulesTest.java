package cn.congress.nomination.nomination.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.nomination.unit.UnitListCheck.Entry;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.*;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference unit's list: 17 names for 11 seats at a margin of at least 50% — 6 bureau, 3 division, 8 frontline. */
class UnitListRulesTest {

  static final String UNIT = "ru-1";
  static final String EU_PATH = "/uc/eu/";
  static final String BRANCH_PATH = EU_PATH + UNIT + "/br-1/";

  static Election election() {
    ObjectNode tree = UnitFixture.reference();
    tree.putArray("unitSeats").addObject().put("organizationId", UNIT).put("seats", 11);
    return UnitFixture.JSON.convertValue(tree, Election.class);
  }

  static Member member(String id, String name, CadreLevel cadre, Membership membership) {
    return new Member(id, "br-1", name, Gender.FEMALE, "汉族", LocalDate.of(1975, 5, 1), LocalDate.of(2000, 7, 1),
        membership, Education.UNIVERSITY, UnitType.ENTERPRISE, null, cadre, Occupation.WORKER, HonourLevel.NONE, null,
        Sanction.NONE, null, false, false, false, false);
  }

  static Entry entry(int i, CadreLevel cadre, String category) {
    return new Entry("m-" + i, member("m-" + i, "人选" + i, cadre, Membership.FULL), BRANCH_PATH, category);
  }

  static List<Entry> referenceList() {
    List<Entry> list = new ArrayList<>();
    for (int i = 1; i <= 6; i++) list.add(entry(i, CadreLevel.BUREAU, "BUREAU_LEADER"));
    for (int i = 7; i <= 9; i++) list.add(entry(i, CadreLevel.DIVISION, "DIVISION_LEADER"));
    for (int i = 10; i <= 17; i++) list.add(entry(i, CadreLevel.NONE, i % 2 == 0 ? "WORKER" : "PROFESSIONAL_TECHNICAL"));
    return list;
  }

  static List<Violation> check(List<Entry> entries, ListCountMode mode) {
    return UnitListRules.check(new UnitListCheck(election(), UNIT, EU_PATH, entries, mode, null, null));
  }

  @Test
  void referenceListPasses() {
    assertThat(election().requiredNamesOf(UNIT)).isEqualTo(17);
    assertThat(check(referenceList(), ListCountMode.EXACT)).isEmpty();
  }

  @Test
  void countExactOrMinimum() {
    List<Entry> sixteen = referenceList().subList(0, 16);
    assertThat(check(sixteen, ListCountMode.EXACT)).extracting(Violation::rule).contains("LIST_COUNT");
    assertThat(check(sixteen, ListCountMode.EXACT).get(0).message()).contains("16", "17", "差额比例不少于50%");

    List<Entry> eighteen = new ArrayList<>(referenceList());
    eighteen.add(entry(18, CadreLevel.NONE, "OTHER"));
    assertThat(check(eighteen, ListCountMode.EXACT)).extracting(Violation::rule).containsExactly("LIST_COUNT");
    assertThat(check(eighteen, ListCountMode.MINIMUM)).isEmpty();
  }

  @Test
  void compositionNamesEveryUnmetRule() {
    List<Entry> list = referenceList();
    // a bureau leader replaced by a worker: bureau 5 (needs 6), frontline 9 (needs 8)
    list.set(0, entry(1, CadreLevel.NONE, "WORKER"));
    List<Violation> v = check(list, ListCountMode.EXACT);
    assertThat(v).extracting(Violation::rule).containsExactlyInAnyOrder("UNIT_BUREAU_LEADERS", "UNIT_FRONTLINE");
    assertThat(v).extracting(Violation::message).anySatisfy(m -> assertThat(m).contains("推荐人选中的局级领导干部", "5名", "6名"));
  }

  @Test
  void identityAssignedAndEligibilityNamePersonAndRule() {
    List<Entry> list = referenceList();
    list.set(10, new Entry("m-11", member("m-11", "孙十一", CadreLevel.NONE, Membership.FULL), BRANCH_PATH, null));
    list.set(11, new Entry("m-12", member("m-12", "周十二", CadreLevel.NONE, Membership.PROBATIONARY), BRANCH_PATH,
        "WORKER"));
    list.set(12, new Entry("m-13", member("m-13", "吴十三", CadreLevel.DIVISION, Membership.FULL), BRANCH_PATH,
        "WORKER"));
    list.set(13, new Entry("m-14", member("m-14", "郑十四", CadreLevel.NONE, Membership.FULL), "/uc/other/br/", "WORKER"));
    List<Violation> v = check(list, ListCountMode.EXACT);
    assertThat(v).extracting(Violation::field, Violation::rule).contains(
        org.assertj.core.groups.Tuple.tuple("names[10].identityCategory", "IDENTITY_ASSIGNED"),
        org.assertj.core.groups.Tuple.tuple("names[11].memberId", "FULL_MEMBER"),
        org.assertj.core.groups.Tuple.tuple("names[12].memberId", "IDENTITY_CONSISTENT"),
        org.assertj.core.groups.Tuple.tuple("names[13].memberId", "WITHIN_ELECTORAL_UNIT"));
    assertThat(v).extracting(Violation::message).anySatisfy(m -> assertThat(m).contains("孙十一（m-11）"))
        .anySatisfy(m -> assertThat(m).contains("周十二（m-12）", "预备党员"));
    assertThatThrownBy(() -> UnitListRules.require(new UnitListCheck(election(), UNIT, EU_PATH, list, null, null, null),
        "推荐人选名单")).isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.getMessage()).contains("IDENTITY_ASSIGNED", "FULL_MEMBER");
          assertThat(e.violations()).hasSize(v.size());
        });
  }

  @Test
  void unknownUndefinedAndDuplicateNames() {
    List<Entry> list = referenceList();
    list.set(14, new Entry("x-1", null, null, "WORKER"));
    list.set(15, entry(16, CadreLevel.NONE, "ASTRONAUT"));
    list.set(16, entry(1, CadreLevel.BUREAU, "BUREAU_LEADER"));
    assertThat(check(list, ListCountMode.EXACT)).extracting(Violation::rule)
        .contains("MEMBER_EXISTS", "IDENTITY_DEFINED", "NO_DUPLICATE_NAME");
  }

  @Test
  void unitWithoutSeatsIsRefused() {
    assertThat(UnitListRules.check(new UnitListCheck(election(), "ru-x", EU_PATH, referenceList(), null, null, null)))
        .extracting(Violation::rule).contains("LIST_COUNT");
  }
}
