package cn.congress.nomination.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.demo.DemoUsers.Post;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
// The demo profile counts weekends only past the shipped calendar years: its campaign dates run into next year.
@TestPropertySource(properties = {"nomination.demo.enabled=true", "nomination.calendar.unknown-years=WEEKENDS_ONLY"})
@Tag("persistence")
class DemoDistrictLoaderTest {

  private static final String PASSWORD = "demo";

  @LocalServerPort int port;
  @Autowired DemoDistrict district;
  @Autowired DemoDistrictLoader loader;
  @Autowired Organizations organizations;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  @Test
  void loadsTheReferenceDistrict_asGenerated() {
    DemoDistrict.Summary summary = district.summary().orElseThrow();

    assertThat(summary.recommendingUnits()).isEqualTo(23);
    assertThat(summary.workingCommittees()).isEqualTo(15);
    assertThat(summary.partyCommittees()).isEqualTo(8);
    assertThat(summary.committees()).isPositive();
    assertThat(summary.branches()).isBetween(23L * 20, 23L * 60);
    assertThat(summary.members()).isBetween(20_000L, 40_000L);
    assertThat(summary).isEqualTo(DemoDistrictGenerator.generate(DemoScenario.SEED).summary());
  }

  @Test
  void everyBranchHasMembersAndASecretary() {
    assertThat(jdbc.queryForObject("select count(*) from organization o where o.type = 'BRANCH' and not exists "
        + "(select 1 from member m where m.organization_id = o.id)", Long.class)).isZero();
    // The secretary of branch b is user b-sj, member of b's group and of the branch secretaries' role group.
    assertThat(jdbc.queryForObject("select count(*) from organization o where o.type = 'BRANCH' and 2 <> "
        + "(select count(*) from act_id_membership m where m.user_id_ = concat(o.id, '-sj') and m.group_id_ in (o.id, ?))",
        Long.class, Role.BRANCH_SECRETARY.groupId())).isZero();
    assertThat(jdbc.queryForObject("select count(*) from organization o where o.type = 'COMMITTEE' and 2 <> "
        + "(select count(*) from act_id_membership m where m.user_id_ = concat(o.id, '-staff') and m.group_id_ in (o.id, ?))",
        Long.class, Role.COMMITTEE_STAFF.groupId())).isZero();
  }

  @Test
  void everyBranchSecretaryLogsInOverHttp_andSeesTheirBranch() throws Exception {
    List<Organization> branches = organizations.subtree("/" + DemoScenario.UPPER_COMMITTEE_ID + "/").stream()
        .filter(Organization::isBranch).toList();
    List<String> failures = new ArrayList<>();
    for (Organization branch : branches) {
      Api.Response response = Api.as(port, DemoUsers.secretaryOf(branch.id()), PASSWORD).get("/api/organizations");
      JsonNode mine = response.status() == 200 ? json.readTree(response.body()) : null;
      if (mine == null || mine.size() != 1 || !branch.id().equals(mine.get(0).path("id").asText())) {
        failures.add(branch.id() + " -> " + response.status() + " " + response.body());
      }
    }
    assertThat(failures).isEmpty();
    assertThat(branches).hasSize((int) district.summary().orElseThrow().branches());
  }

  @Test
  void unitStaffReadTheirUnitOnly() {
    Api staff = Api.as(port, DemoUsers.staffOf("ru-07"), PASSWORD);
    Api.Response children = staff.get("/api/organizations/ru-07/children");
    assertThat(children.status()).isEqualTo(200);
    assertThat(children.body()).contains("\"br-07-001\"");
    assertThat(staff.get("/api/organizations/ru-08").status()).isEqualTo(403);
    assertThat(staff.get("/api/organizations/" + DemoScenario.DISTRICT_ID).status()).isEqualTo(403);
  }

  @Test
  void districtAndCityLogins_haveTheirRoleAndOrganization() {
    for (Post post : DemoUsers.POSTS) {
      Api.Response response = Api.as(port, post.id(), PASSWORD).get("/api/organizations");
      assertThat(response.status()).as(post.id()).isEqualTo(200);
      assertThat(response.body()).as(post.id()).contains("\"id\":\"" + post.organizationId() + "\"");
      assertThat(identityService.createUserQuery().userId(post.id()).memberOfGroup(post.role().groupId()).count())
          .as(post.id()).isEqualTo(1);
    }
    assertThat(Api.as(port, "dudao", PASSWORD).get("/api/organizations/br-07-001").status()).isEqualTo(200);
  }

  @Test
  void theReferenceElectionIsConfigured_withOnePrimaryIdentityPerLeaderAndFrontlineMember() throws Exception {
    Api orgDepartment = Api.as(port, "qu-zzb", PASSWORD);

    var election = json.readTree(orgDepartment.get("/api/elections/el-demo-district").body());
    assertThat(election.path("electoralUnitId").asText()).isEqualTo(DemoScenario.DISTRICT_ID);
    assertThat(election.path("seats").asInt()).isEqualTo(16);
    assertThat(election.path("unitSeats")).hasSize(23);
    var report = json.readTree(orgDepartment.post("/api/elections/el-demo-district/validate", "").body());
    assertThat(report.path("valid").asBoolean()).as(report.toString()).isTrue();

    long leaders = jdbc.queryForObject("select count(*) from member where cadre_level <> 'NONE'", Long.class);
    long leaderIdentities = jdbc.queryForObject("select count(*) from election_identity i join member m "
        + "on m.id = i.member_id where i.election_id = 'el-demo-district' and m.cadre_level <> 'NONE' "
        + "and i.category_code in ('BUREAU_LEADER', 'DIVISION_LEADER')", Long.class);
    assertThat(leaderIdentities).isEqualTo(leaders).isPositive();
    assertThat(Api.as(port, "br-07-001-sj", PASSWORD).get("/api/elections/el-demo-district").status()).isEqualTo(200);
  }

  @Test
  void loadingAgain_changesNothing() {
    DemoDistrict.Summary before = district.summary().orElseThrow();
    long users = identityService.createUserQuery().count();
    long groups = identityService.createGroupQuery().count();
    long memberships = jdbc.queryForObject("select count(*) from act_id_membership", Long.class);

    assertThat(loader.load()).isFalse();

    assertThat(district.summary()).contains(before);
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(jdbc.queryForObject("select count(*) from act_id_membership", Long.class)).isEqualTo(memberships);
    assertThat(organizations.countByTypeWithin("/", OrganizationType.RECOMMENDING_UNIT)).isEqualTo(23);
  }
}
