package cn.congress.nomination.election;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.*;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The election API over real HTTP as its users would call it. Organizations carry a prefix of their own: the
 * application context (and its database) is shared with other test classes.
 */
@IntegrationTest
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElectionApiTest {

  private static final String P = "elt-";
  private static final String UNIT = P + "eu-district";
  private static final String OTHER_UNIT = P + "eu-other";
  private static final String PASSWORD = "secret-1";

  @LocalServerPort int port;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired Members members;
  @Autowired UserAccounts accounts;
  @Autowired Elections elections;
  @Autowired ElectionService service;
  @Autowired JdbcTemplate jdbc;

  private Api orgDepartment;
  private Api supervisor;
  private Api otherUnit;
  private Api recommendingUnit;

  @BeforeAll
  void tree() {
    List<Organization> orgs = new ArrayList<>();
    orgs.add(new Organization(P + "uc-city", null, "市委", OrganizationType.UPPER_COMMITTEE, null, "/" + P + "uc-city/", 0, 0));
    String unitPath = "/" + P + "uc-city/" + UNIT + "/";
    orgs.add(new Organization(UNIT, P + "uc-city", "区委", OrganizationType.ELECTORAL_UNIT, null, unitPath, 1, 0));
    for (int i = 1; i <= 23; i++) {
      String id = P + "ru-%02d".formatted(i);
      orgs.add(new Organization(id, UNIT, "第" + i + "党工委", OrganizationType.RECOMMENDING_UNIT, "WORKING_COMMITTEE",
          unitPath + id + "/", 2, i));
    }
    orgs.add(new Organization(P + "br-01", P + "ru-01", "第一党支部", OrganizationType.BRANCH, null,
        unitPath + P + "ru-01/" + P + "br-01/", 3, 0));
    String otherPath = "/" + P + "uc-city/" + OTHER_UNIT + "/";
    orgs.add(new Organization(OTHER_UNIT, P + "uc-city", "县委", OrganizationType.ELECTORAL_UNIT, null, otherPath, 1, 1));
    orgs.add(new Organization(P + "ru-other", OTHER_UNIT, "县直机关工委", OrganizationType.RECOMMENDING_UNIT, null,
        otherPath + P + "ru-other/", 2, 0));
    orgs.add(new Organization(P + "br-other", P + "ru-other", "县直第一支部", OrganizationType.BRANCH, null,
        otherPath + P + "ru-other/" + P + "br-other/", 3, 0));
    organizations.insert(orgs);
    groups.sync(orgs);
    members.insert(List.of(
        member(P + "m-worker", P + "br-01", CadreLevel.NONE, Occupation.WORKER),
        member(P + "m-cadre", P + "br-01", CadreLevel.DIVISION, Occupation.CIVIL_SERVANT),
        member(P + "m-engineer", P + "br-01", CadreLevel.NONE, Occupation.PROFESSIONAL_TECHNICAL),
        member(P + "m-elsewhere", P + "br-other", CadreLevel.NONE, Occupation.WORKER)));
    accounts.provision(P + "orgdept", "组织部干事", PASSWORD, List.of(UNIT), List.of(Role.ORGANIZATION_DEPARTMENT));
    accounts.provision(P + "supervisor", "督导组成员", PASSWORD, List.of(UNIT), List.of(Role.SUPERVISION));
    accounts.provision(P + "other", "县委组织部干事", PASSWORD, List.of(OTHER_UNIT), List.of(Role.ORGANIZATION_DEPARTMENT));
    accounts.provision(P + "unit", "党工委工作人员", PASSWORD, List.of(P + "ru-01"), List.of(Role.COMMITTEE_STAFF));
    orgDepartment = Api.as(port, P + "orgdept", PASSWORD);
    supervisor = Api.as(port, P + "supervisor", PASSWORD);
    otherUnit = Api.as(port, P + "other", PASSWORD);
    recommendingUnit = Api.as(port, P + "unit", PASSWORD);
  }

  private static Member member(String id, String branch, CadreLevel cadre, Occupation occupation) {
    return new Member(id, branch, "党员" + id, Gender.FEMALE, "汉族", LocalDate.of(1980, 5, 1), LocalDate.of(2005, 7, 1),
        Membership.FULL, Education.UNIVERSITY, UnitType.ENTERPRISE, null, cadre, occupation, HonourLevel.NONE, null,
        Sanction.NONE, null, false, false, false, false);
  }

  /** The reference election of the test resource, on this test's organizations and under the given id. */
  private static ObjectNode reference(String id) {
    String text = ReferenceConfig.text().replace("\"eu-district\"", "\"" + UNIT + "\"").replace("\"ru-", "\"" + P + "ru-");
    try {
      ObjectNode tree = (ObjectNode) ReferenceConfig.JSON.readTree(text);
      tree.put("id", id);
      return tree;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static JsonNode json(Api.Response response) {
    try {
      return ReferenceConfig.JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> rules(Api.Response response) {
    return StreamSupport.stream(json(response).get("violations").spliterator(), false)
        .map(v -> v.get("field").asText() + " " + v.get("rule").asText()).toList();
  }

  private int count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Integer.class, args);
  }

  private String createReference(String id) {
    Api.Response created = orgDepartment.post("/api/elections", reference(id).toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return id;
  }

  @Test
  void organizationDepartmentCreatesTheReferenceElection_andReadsItBackUnchanged() {
    ObjectNode request = reference("el-2025-district");
    Api.Response created = orgDepartment.post("/api/elections", request.toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    Election expected = ReferenceConfig.config(request).toElection(ElectionStatus.DRAFT);
    Election overHttp = ReferenceConfig.JSON.convertValue(json(orgDepartment.get("/api/elections/el-2025-district")),
        Election.class);
    assertThat(overHttp).isEqualTo(expected);
    Election inJava = elections.get("el-2025-district");
    assertThat(inJava).isEqualTo(expected);
    assertThat(inJava.requiredNamesOf(P + "ru-07")).isEqualTo(17);
    assertThat(inJava.requiredNames(Stage.INSPECTION)).isEqualTo(24);
    assertThat(inJava.rules(RuleScope.DELEGATES).get(1).children().get(0).children().get(0).code())
        .isEqualTo("ADVANCED_MODEL_WORKERS");
    assertThat(count("select count(*) from election_unit_seats where election_id = ?", "el-2025-district")).isEqualTo(23);
    assertThat(count("select count(*) from audit_entry where action = 'ELECTION_CREATED' and subject_id = ? and actor = ?",
        "el-2025-district", P + "orgdept")).isEqualTo(1);

    JsonNode listed = json(orgDepartment.get("/api/elections?electoralUnit=" + UNIT));
    assertThat(listed.findValuesAsText("id")).contains("el-2025-district");
    JsonNode report = json(orgDepartment.post("/api/elections/el-2025-district/validate", ""));
    assertThat(report.get("valid").asBoolean()).isTrue();
  }

  @Test
  void aSecondElectionWithDifferentRules_fullQuotaNomination() {
    ObjectNode second = ReferenceConfig.JSON.createObjectNode();
    second.put("id", "el-county").put("electoralUnitId", OTHER_UNIT).put("name", "选举出席县第十五次党代会代表")
        .put("congressName", "中国共产党县第十五次代表大会").put("electionDate", "2026-06-18").put("seats", 8)
        .put("nominationMode", "FULL_QUOTA").put("publicityWorkingDays", 7);
    ArrayNode margins = second.putArray("margins");
    margins.addObject().put("stage", "RECOMMENDATION").put("kind", "MIN_COUNT").put("count", 10);
    margins.addObject().put("stage", "INITIAL_CANDIDATES").put("kind", "RATIO").put("ratio", 0.25).put("strict", false);
    margins.addObject().put("stage", "ELECTION").put("kind", "RATIO").put("ratio", 0.15).put("strict", true);
    ArrayNode categories = second.putArray("identityCategories");
    categories.addObject().put("code", "LEADER").put("name", "领导干部").put("kind", "LEADER").put("evidenceRequired", true);
    categories.addObject().put("code", "FRONTLINE_WORKER").put("name", "一线职工").put("kind", "FRONTLINE");
    categories.addObject().put("code", "VILLAGE_CADRE").put("name", "村（社区）干部").put("kind", "FRONTLINE");
    categories.addObject().put("code", "OTHER").put("name", "其他").put("kind", "OTHER");
    ArrayNode rules = second.putArray("structureRules");
    rules.addObject().put("code", "LEADERS").put("label", "领导干部").put("max", 4).putObject("selector").putArray("kinds").add("LEADER");
    ObjectNode frontline = rules.addObject().put("code", "FRONTLINE").put("label", "基层一线").put("min", 3);
    frontline.putObject("selector").putArray("kinds").add("FRONTLINE");
    frontline.putArray("children").addObject().put("code", "MIGRANT").put("label", "其中农民工").put("min", 1)
        .putObject("selector").put("migrantWorker", true);
    rules.addObject().put("code", "WOMEN_SHARE").put("label", "妇女代表比例不低于本县女党员比例").put("kind", "SHARE")
        .put("basis", "LOCAL_MEMBERS").putObject("selector").put("gender", "FEMALE");
    rules.addObject().put("code", "GRADUATES").put("label", "大学以上学历比例").put("kind", "SHARE").put("basis", "FIXED")
        .put("share", 0.6).putObject("selector").put("educationAtLeast", "UNIVERSITY");
    second.putArray("schedule").addObject().put("step", "NOMINATION").put("dueOn", "2026-05-10");
    ((ArrayNode) second.get("schedule")).addObject().put("step", "ELECTION").put("dueOn", "2026-06-20");
    second.putObject("quorum").put("numerator", 2).put("denominator", 3).put("strict", false);
    second.putObject("threshold").put("numerator", 1).put("denominator", 2).put("strict", true).put("basis", "PRESENT");

    JsonNode dryRun = json(otherUnit.post("/api/elections/validate", second.toString()));
    assertThat(dryRun.get("valid").asBoolean()).as(dryRun.toString()).isTrue();
    Api.Response created = otherUnit.post("/api/elections", second.toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode report = json(otherUnit.post("/api/elections/el-county/validate", ""));
    assertThat(report.get("valid").asBoolean()).as(report.toString()).isTrue();

    Election county = elections.get("el-county");
    assertThat(county.nominationMode()).isEqualTo(NominationMode.FULL_QUOTA);
    assertThat(county.seatsOf(P + "ru-other")).hasValue(8);
    assertThat(county.requiredNamesOf(P + "ru-other")).isEqualTo(10);
    assertThat(county.requiredNames(Stage.INITIAL_CANDIDATES)).isEqualTo(10);
    assertThat(county.requiredNames(Stage.ELECTION)).isEqualTo(10);   // more than 15% of 8 = 9.2
    assertThat(county.threshold().minimumVotes(300, 280)).isEqualTo(141);
    assertThat(county.rules(RuleScope.DELEGATES)).extracting(StructureRule::code)
        .containsExactly("LEADERS", "FRONTLINE", "WOMEN_SHARE", "GRADUATES");
    assertThat(county.structureRules().get(3).share()).isEqualByComparingTo("0.6");
    // the district's organization department neither sees nor lists the county's election
    assertThat(orgDepartment.get("/api/elections/el-county").status()).isEqualTo(403);
    assertThat(json(orgDepartment.get("/api/elections")).findValuesAsText("id")).doesNotContain("el-county");
    assertThat(json(otherUnit.get("/api/elections")).findValuesAsText("id")).contains("el-county");
  }

  @Test
  void anInvalidConfigurationIsRefusedWithEveryViolation_andNothingIsWritten() {
    ObjectNode bad = reference("el-invalid");
    ((ObjectNode) bad.withArray("structureRules").get(2)).put("min", 17);                 // women ≥ 17 of 16
    ((ObjectNode) bad.withArray("schedule").get(4)).put("dueOn", "2025-02-15");           // inspection before targets
    ((ObjectNode) bad.withArray("margins").get(2)).put("count", 15);                      // 15 initial candidates
    ((ObjectNode) bad.withArray("unitSeats").get(0)).put("seats", 0);
    ((ObjectNode) bad.withArray("unitSeats").get(1)).put("organizationId", P + "ru-other");
    ((ObjectNode) bad.withArray("structureRules").get(3)).put("code", "WOMEN");
    ((ObjectNode) bad.withArray("structureRules").get(4)).putObject("selector").putArray("categories").add("HERO");
    int electionsBefore = count("select count(*) from election");
    int auditBefore = count("select count(*) from audit_entry");

    Api.Response refused = orgDepartment.post("/api/elections", bad.toString());
    assertThat(refused.status()).isEqualTo(422);
    assertThat(rules(refused)).containsExactlyInAnyOrder(
        "structureRules[2].min MIN_ABOVE_SEATS", "schedule[4].dueOn DEADLINE_ORDER", "margins[2].count MARGIN_IMPOSSIBLE",
        "margins[3] MARGIN_FUNNEL", "unitSeats[0].seats UNIT_SEATS_POSITIVE",
        "unitSeats[1].organizationId OUTSIDE_ELECTORAL_UNIT", "structureRules[3].code DUPLICATE_CODE",
        "structureRules[4].selector.categories UNKNOWN_CATEGORY");
    assertThat(json(refused).get("message").asText()).contains("8处");
    assertThat(count("select count(*) from election")).isEqualTo(electionsBefore);
    assertThat(count("select count(*) from election_margin where election_id = 'el-invalid'")).isZero();
    assertThat(count("select count(*) from audit_entry")).isEqualTo(auditBefore);
    assertThat(orgDepartment.get("/api/elections/el-invalid").status()).isEqualTo(404);

    JsonNode dryRun = json(orgDepartment.post("/api/elections/validate", bad.toString()));
    assertThat(dryRun.get("valid").asBoolean()).isFalse();
    assertThat(dryRun.get("violations")).hasSize(8);
    assertThat(count("select count(*) from election")).isEqualTo(electionsBefore);
  }

  @Test
  void aDraftIsReplacedWhole_invalidReplacementsChangeNothing_anActiveElectionIsFixed() {
    String id = createReference("el-replace");
    ObjectNode changed = reference(id);
    changed.put("seats", 18).put("publicityWorkingDays", 7);
    ((ArrayNode) changed.withArray("structureRules")).remove(3);   // no minority rule any more
    JsonNode dryRun = json(orgDepartment.post("/api/elections/" + id + "/validate", changed.toString()));
    assertThat(dryRun.get("valid").asBoolean()).as(dryRun.toString()).isTrue();
    assertThat(elections.get(id).seats()).isEqualTo(16);   // a dry run writes nothing

    Api.Response replaced = orgDepartment.put("/api/elections/" + id, changed.toString());
    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    Election stored = elections.get(id);
    assertThat(stored.seats()).isEqualTo(18);
    assertThat(stored.publicityWorkingDays()).isEqualTo(7);
    assertThat(stored.rules(RuleScope.DELEGATES)).extracting(StructureRule::code).doesNotContain("MINORITY");
    assertThat(count("select count(*) from audit_entry where action = 'ELECTION_REPLACED' and subject_id = ?", id)).isEqualTo(1);

    ObjectNode invalid = reference(id);
    invalid.put("electoralUnitId", OTHER_UNIT);
    ((ObjectNode) invalid.withArray("margins").get(1)).put("count", 10);
    Api.Response refused = orgDepartment.put("/api/elections/" + id, invalid.toString());
    assertThat(refused.status()).isEqualTo(422);
    assertThat(rules(refused)).contains("electoralUnitId ELECTORAL_UNIT_FIXED", "margins[1].count MARGIN_IMPOSSIBLE");
    assertThat(elections.get(id)).isEqualTo(stored);

    service.changeStatus(id, ElectionStatus.ACTIVE, P + "orgdept");
    Api.Response tooLate = orgDepartment.put("/api/elections/" + id, changed.toString());
    assertThat(tooLate.status()).isEqualTo(422);
    assertThat(rules(tooLate)).containsExactly("status ELECTION_NOT_DRAFT");
  }

  @Test
  void supervisionReadsOnly_othersOfTheSubtreeRead_otherUnitsAndStrangersGetNothing() {
    String id = createReference("el-access");
    String body = reference(id).toString();
    assertThat(supervisor.get("/api/elections/" + id).status()).isEqualTo(200);
    assertThat(supervisor.post("/api/elections/" + id + "/validate", "").status()).isEqualTo(200);
    assertThat(supervisor.put("/api/elections/" + id, body).status()).isEqualTo(403);
    assertThat(supervisor.post("/api/elections", reference("el-by-supervisor").toString()).status()).isEqualTo(403);
    assertThat(supervisor.put("/api/elections/" + id + "/identities",
        "[{\"memberId\":\"" + P + "m-worker\",\"category\":\"WORKER\"}]").status()).isEqualTo(403);
    assertThat(recommendingUnit.get("/api/elections/" + id).status()).isEqualTo(200);
    assertThat(recommendingUnit.put("/api/elections/" + id, body).status()).isEqualTo(403);
    assertThat(otherUnit.get("/api/elections/" + id).status()).isEqualTo(403);
    assertThat(otherUnit.get("/api/elections?electoralUnit=" + UNIT).status()).isEqualTo(403);
    assertThat(otherUnit.put("/api/elections/" + id, body).status()).isEqualTo(403);
    assertThat(otherUnit.post("/api/elections", reference("el-by-other").toString()).status()).isEqualTo(403);
    assertThat(orgDepartment.get("/api/elections/el-nowhere").status()).isEqualTo(404);
    assertThat(Api.anonymous(port).get("/api/elections/" + id).status()).isEqualTo(401);
    assertThat(Api.anonymous(port).get("/api/elections").status()).isEqualTo(401);
    // a write without credentials carries no CSRF token either: the platform's CSRF check may answer first (403)
    assertThat(Api.anonymous(port).post("/api/elections", reference("el-anonymous").toString()).status()).isIn(401, 403);
    assertThat(Api.anonymous(port).put("/api/elections/" + id, body).status()).isIn(401, 403);
    assertThat(elections.exists("el-by-supervisor") || elections.exists("el-by-other") || elections.exists("el-anonymous"))
        .isFalse();
  }

  @Test
  void identitiesAreAssignedInBulk_allOrNothing() {
    String id = createReference("el-identities");
    String bad = """
        [{"memberId":"%1$sm-cadre","category":"ADVANCED_MODEL","evidence":"劳动模范"},
         {"memberId":"%1$sm-engineer","category":"PROFESSIONAL_TECHNICAL"},
         {"memberId":"%1$sm-elsewhere","category":"WORKER"},
         {"memberId":"%1$sm-ghost","category":"WORKER"},
         {"memberId":"%1$sm-worker","category":"HERO"},
         {"memberId":"%1$sm-worker","category":"WORKER"}]""".formatted(P);
    Api.Response refused = orgDepartment.put("/api/elections/" + id + "/identities", bad);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(rules(refused)).containsExactlyInAnyOrder("[0].category FALSE_LABEL", "[1].evidence EVIDENCE_REQUIRED",
        "[2].memberId MEMBER_OUTSIDE_UNIT", "[3].memberId UNKNOWN_MEMBER", "[4].category UNKNOWN_CATEGORY",
        "[5].memberId DUPLICATE_MEMBER");
    assertThat(json(refused).get("violations").get(0).get("row").asInt()).isZero();
    assertThat(count("select count(*) from election_identity where election_id = ?", id)).isZero();

    String good = """
        [{"memberId":"%1$sm-cadre","category":"DIVISION_LEADER","evidence":"区委任职文件"},
         {"memberId":"%1$sm-engineer","category":"PROFESSIONAL_TECHNICAL","evidence":"高级工程师"},
         {"memberId":"%1$sm-worker","category":"WORKER"}]""".formatted(P);
    Api.Response assigned = orgDepartment.put("/api/elections/" + id + "/identities", good);
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    assertThat(json(assigned).get("assigned").asInt()).isEqualTo(3);
    assertThat(json(orgDepartment.put("/api/elections/" + id + "/identities", good)).get("assigned").asInt()).isZero();
    JsonNode listed = json(supervisor.get("/api/elections/" + id + "/identities"));
    assertThat(listed.findValuesAsText("category")).containsExactly("DIVISION_LEADER", "PROFESSIONAL_TECHNICAL", "WORKER");
    assertThat(count("select count(*) from audit_entry where action = 'IDENTITY_ASSIGNED' and subject_id like ?",
        id + "/%")).isEqualTo(3);

    // a category in use cannot disappear from the identity definition
    ObjectNode withoutWorkers = reference(id);
    ArrayNode categories = withoutWorkers.withArray("identityCategories");
    categories.remove(2);
    Api.Response refusedReplace = orgDepartment.put("/api/elections/" + id, withoutWorkers.toString());
    assertThat(rules(refusedReplace)).containsExactly("identityCategories CATEGORY_IN_USE");
    // while kept categories may change their name: the assignments stay
    ObjectNode renamed = reference(id);
    ((ObjectNode) renamed.withArray("identityCategories").get(2)).put("name", "产业工人");
    assertThat(orgDepartment.put("/api/elections/" + id, renamed.toString()).status()).isEqualTo(200);
    assertThat(elections.get(id).category("WORKER").orElseThrow().name()).isEqualTo("产业工人");
    assertThat(count("select count(*) from election_identity where election_id = ?", id)).isEqualTo(3);

    assertThat(orgDepartment.delete("/api/elections/" + id + "/identities/" + P + "m-worker").status()).isEqualTo(204);
    assertThat(orgDepartment.delete("/api/elections/" + id + "/identities/" + P + "m-worker").status()).isEqualTo(404);
    assertThat(count("select count(*) from election_identity where election_id = ?", id)).isEqualTo(2);
  }

  @Test
  void theApiIsDocumented() {
    JsonNode openApi = json(orgDepartment.get("/api/docs/openapi.json"));
    assertThat(openApi.get("paths").has("/api/elections")).isTrue();
    assertThat(openApi.get("paths").has("/api/elections/{id}/identities")).isTrue();
    assertThat(openApi.get("paths").has("/api/elections/{id}/validate")).isTrue();
    assertThat(openApi.get("components").get("schemas").has("StructureRule")).isTrue();
  }
}
