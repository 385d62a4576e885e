package cn.congress.nomination.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountApiTest {

  @LocalServerPort int port;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups organizationGroups;
  @Autowired Members members;
  @Autowired UserAccounts userAccounts;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  private final ObjectMapper json = new ObjectMapper();
  private final TreeFixture tree = new TreeFixture("acc");

  @BeforeAll
  void fixture() {
    tree.create(organizations, organizationGroups, members, userAccounts);
  }

  private Api admin() {
    return Api.as(port, tree.admin, TreeFixture.PASSWORD);
  }

  private Api orgDepartment() {
    return Api.as(port, tree.orgDepartment, TreeFixture.PASSWORD);
  }

  private static String account(String id, String password, String organization, String... roles) {
    return """
        {"id":"%s","name":"新用户","password":"%s","organizationId":"%s","roles":[%s]}"""
        .formatted(id, password, organization, String.join(",", List.of(roles).stream().map(r -> "\"" + r + "\"")
            .toList()));
  }

  @Test
  void managerOpensAnAccountInTheSubtree_theNewUserWorksAndReadsThemself() throws Exception {
    Api.Response created = orgDepartment().post("/api/accounts",
        account("acc-new-secretary", "long-enough-1", tree.branchA, "BRANCH_SECRETARY"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode body = json.readTree(created.body());
    assertThat(body.get("id").asText()).isEqualTo("acc-new-secretary");
    assertThat(body.get("organizations").get(0).get("id").asText()).isEqualTo(tree.branchA);
    assertThat(body.get("roles").toString()).isEqualTo("[\"BRANCH_SECRETARY\"]");
    assertThat(body.toString()).doesNotContain("long-enough-1");

    Api newUser = Api.as(port, "acc-new-secretary", "long-enough-1");
    assertThat(newUser.get("/api/accounts/acc-new-secretary").status()).isEqualTo(200);
    assertThat(newUser.get("/api/organizations").body()).contains(tree.branchA).doesNotContain(tree.branchB);
    assertThat(newUser.get("/api/accounts/" + tree.orgDepartment).status()).isEqualTo(403);
    assertThat(orgDepartment().get("/api/accounts/acc-new-secretary").status()).isEqualTo(200);
    assertThat(Api.as(port, tree.secretaryB, TreeFixture.PASSWORD).get("/api/accounts/acc-new-secretary").status())
        .isEqualTo(403);
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ACCOUNT_OPENED' "
        + "and subject_id = 'acc-new-secretary' and actor = ?", Long.class, tree.orgDepartment)).isEqualTo(1);
  }

  @Test
  void outsideTheSubtreeOrAdminRoleOrWithoutManagingRole_isRefusedAndNothingIsCreated() {
    assertThat(orgDepartment().post("/api/accounts", account("acc-upper", "long-enough-1", tree.upper,
        "UPPER_COMMITTEE")).status()).isEqualTo(403);
    Api.Response admin = orgDepartment().post("/api/accounts",
        account("acc-new-admin", "long-enough-1", tree.branchA, "BRANCH_SECRETARY", "ADMIN"));
    assertThat(admin.status()).isEqualTo(403);
    assertThat(admin.body()).contains("系统管理员");
    assertThat(Api.as(port, tree.secretaryA, TreeFixture.PASSWORD).post("/api/accounts",
        account("acc-by-secretary", "long-enough-1", tree.branchA, "BRANCH_SECRETARY")).status()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userIdIn("acc-upper", "acc-new-admin", "acc-by-secretary").count())
        .isZero();
    assertThat(admin().post("/api/accounts",
        account("acc-second-admin", "long-enough-1", tree.unit, "ADMIN")).status()).isEqualTo(201);
    assertThat(identityService.createUserQuery().userId("acc-second-admin").memberOfGroup(Role.ADMIN.groupId())
        .count()).isEqualTo(1);
  }

  @Test
  void badRequestListsEveryViolationAndWritesNothing() throws Exception {
    long audit = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    Api.Response response = orgDepartment().post("/api/accounts",
        account("bad id!", "short", "acc-no-such-org", "BRANCH_SECRETARY", "KING"));
    assertThat(response.status()).isEqualTo(422);
    List<String> rules = new ArrayList<>();
    json.readTree(response.body()).get("violations").forEach(v -> rules.add(v.get("field").asText() + ":"
        + v.get("rule").asText()));
    assertThat(rules).containsExactlyInAnyOrder("id:ID_FORMAT", "password:PASSWORD_LENGTH",
        "organizationId:ORGANIZATION_KNOWN", "roles:ROLES_KNOWN");
    assertThat(response.body()).contains("KING").contains("密码至少 8 个字符");

    Api.Response taken = orgDepartment().post("/api/accounts",
        account(tree.secretaryB, "long-enough-1", tree.branchA, "BRANCH_SECRETARY"));
    assertThat(taken.status()).isEqualTo(422);
    assertThat(taken.body()).contains("ID_UNIQUE");
    // The existing user did not get the branch A membership the request asked for.
    assertThat(identityService.createUserQuery().userId(tree.secretaryB).memberOfGroup(tree.branchA).count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(audit);
  }

  @Test
  void unknownAccountIsNotFoundForAdminsAndForbiddenForOthers() {
    assertThat(admin().get("/api/accounts/acc-nobody").status()).isEqualTo(404);
    assertThat(orgDepartment().get("/api/accounts/acc-nobody").status()).isEqualTo(403);
  }
}
