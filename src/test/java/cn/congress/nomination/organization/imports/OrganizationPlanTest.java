package cn.congress.nomination.organization.imports;

import static cn.congress.nomination.organization.OrganizationType.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tree an organizations file makes, checked without a database. */
class OrganizationPlanTest {

  final Map<String, Organization> stored = new HashMap<>();
  final Map<String, OrganizationRow> rows = new LinkedHashMap<>();
  final Violations violations = new Violations();
  Set<String> withMembers = Set.of();
  int line = 1;

  void store(String id, String parentId, OrganizationType type, String path) {
    stored.put(id, new Organization(id, parentId, id + "名", type, null, path, OrganizationPlan.depth(path), 0));
  }

  void row(String id, String parentId, OrganizationType type) {
    row(id, parentId, type, id + "名");
  }

  void row(String id, String parentId, OrganizationType type, String name) {
    rows.put(id, new OrganizationRow(++line, id, parentId, name, type, null, 0, true));
  }

  OrganizationPlan plan() {
    return OrganizationPlan.of(stored, rows, withMembers::contains, violations);
  }

  List<String> found() {
    return violations.listed().stream().map(v -> v.row() + ":" + v.field() + ":" + v.rule()).toList();
  }

  @Test
  void parentsMayComeAfterTheirChildren_newOnesAreInsertedParentsFirst() {
    row("br", "ru", BRANCH);
    row("ru", "eu", RECOMMENDING_UNIT);
    row("eu", "city", ELECTORAL_UNIT);
    row("city", null, UPPER_COMMITTEE);
    OrganizationPlan plan = plan();
    assertThat(found()).isEmpty();
    assertThat(plan.toInsert()).extracting(Organization::id).containsExactly("city", "eu", "ru", "br");
    assertThat(plan.toInsert()).extracting(Organization::path)
        .containsExactly("/city/", "/city/eu/", "/city/eu/ru/", "/city/eu/ru/br/");
    assertThat(plan.toInsert()).extracting(Organization::depth).containsExactly(0, 1, 2, 3);
    assertThat(plan.ofFile()).hasSize(4);
  }

  @Test
  void sameRowsAsStoredChangeNothing() {
    store("city", null, UPPER_COMMITTEE, "/city/");
    store("eu", "city", ELECTORAL_UNIT, "/city/eu/");
    row("eu", "city", ELECTORAL_UNIT);
    row("city", null, UPPER_COMMITTEE);
    OrganizationPlan plan = plan();
    assertThat(plan.unchanged()).isEqualTo(2);
    assertThat(plan.toInsert()).isEmpty();
    assertThat(plan.toUpdate()).isEmpty();
  }

  @Test
  void movingAnOrganizationMovesItsStoredDescendants() {
    store("city", null, UPPER_COMMITTEE, "/city/");
    store("eu", "city", ELECTORAL_UNIT, "/city/eu/");
    store("ru1", "eu", RECOMMENDING_UNIT, "/city/eu/ru1/");
    store("ru2", "eu", RECOMMENDING_UNIT, "/city/eu/ru2/");
    store("gc", "ru1", COMMITTEE, "/city/eu/ru1/gc/");
    store("br", "gc", BRANCH, "/city/eu/ru1/gc/br/");
    row("gc", "ru2", COMMITTEE, "改名的总支");
    OrganizationPlan plan = plan();
    assertThat(found()).isEmpty();
    assertThat(plan.toUpdate()).extracting(Organization::id, Organization::path, Organization::depth)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("gc", "/city/eu/ru2/gc/", 3),
            org.assertj.core.groups.Tuple.tuple("br", "/city/eu/ru2/gc/br/", 4));
    assertThat(plan.toUpdate()).filteredOn(o -> o.id().equals("br")).singleElement()
        .extracting(Organization::parentId).isEqualTo("gc");
  }

  @Test
  void unknownParentAndWrongShapeAreReported() {
    store("city", null, UPPER_COMMITTEE, "/city/");
    row("eu", "nowhere", ELECTORAL_UNIT);
    row("br", "city", BRANCH);
    row("ru", null, RECOMMENDING_UNIT);
    plan();
    assertThat(found()).containsExactlyInAnyOrder("2:parent_id:UNKNOWN_PARENT", "3:type:PARENT_TYPE",
        "4:type:PARENT_TYPE");
  }

  @Test
  void cyclesThroughTheFileOrThroughStoredOrganizationsAreReportedOnEveryRowOfTheCycle() {
    row("a", "b", COMMITTEE);
    row("b", "c", COMMITTEE);
    row("c", "a", COMMITTEE);
    row("self", "self", COMMITTEE);
    store("city", null, UPPER_COMMITTEE, "/city/");
    store("eu", "city", ELECTORAL_UNIT, "/city/eu/");
    store("ru", "eu", RECOMMENDING_UNIT, "/city/eu/ru/");
    store("gc", "ru", COMMITTEE, "/city/eu/ru/gc/");
    row("ru-under-own-child", null, RECOMMENDING_UNIT);
    rows.remove("ru-under-own-child");
    row("ru", "gc", COMMITTEE); // the unit moves under its own committee
    plan();
    assertThat(found()).containsExactlyInAnyOrder("2:parent_id:CYCLE", "3:parent_id:CYCLE", "4:parent_id:CYCLE",
        "5:parent_id:CYCLE", "7:parent_id:CYCLE");
  }

  @Test
  void aBranchWithMembersKeepsItsType_storedChildrenMustFitTheNewType() {
    store("city", null, UPPER_COMMITTEE, "/city/");
    store("eu", "city", ELECTORAL_UNIT, "/city/eu/");
    store("ru", "eu", RECOMMENDING_UNIT, "/city/eu/ru/");
    store("br", "ru", BRANCH, "/city/eu/ru/br/");
    store("ru2", "eu", RECOMMENDING_UNIT, "/city/eu/ru2/");
    withMembers = Set.of("br");
    row("br", "ru", COMMITTEE);
    row("eu", "city", UPPER_COMMITTEE);
    plan();
    assertThat(found()).containsExactlyInAnyOrder("2:type:BRANCH_HAS_MEMBERS", "3:type:PARENT_TYPE",
        "3:type:PARENT_TYPE");
  }

  @Test
  void pathsLongerThanTheColumnAreRefused() {
    String parent = null;
    OrganizationType type = UPPER_COMMITTEE;
    for (int i = 0; i < 20; i++) {
      String id = "u" + i + "-" + "x".repeat(60);
      row(id, parent, type);
      parent = id;
    }
    plan();
    assertThat(found()).isNotEmpty().allMatch(f -> f.endsWith("parent_id:PATH_TOO_LONG"));
  }
}
