package cn.congress.nomination.organization.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.*;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Imports through real multipart HTTP. Each test works in its own subtree (ids prefixed per test). */
@IntegrationTest
@Tag("persistence")
class ImportApiTest {

  static final String ORG_HEADER = "id,parent_id,name,type,kind,sort_order";
  static final String MEMBER_HEADER = "id,organization_id,name,gender,ethnicity,birth_date,joined_on,membership,"
      + "education,unit_type,sector,cadre_level,occupation,honour_level,honour,sanction,sanction_ends_on,"
      + "under_investigation,enterprise_employee,finance_employee,migrant_worker";
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired Organizations organizations;
  @Autowired Members members;
  @Autowired IdentityService identityService;
  @Autowired UserAccounts userAccounts;

  /**
   * An admin of this test's own: the context (and its database) is shared with other test classes, and a wrong
   * password tried there on "admin" locks that account for a few seconds.
   */
  @BeforeEach
  void provisionAdmin() {
    userAccounts.provision("import-admin", "导入管理员", "import-secret", List.of(), Set.of(Role.ADMIN));
  }

  Api admin() {
    return Api.as(port, "import-admin", "import-secret");
  }

  static byte[] csv(String... lines) {
    return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  static byte[] withBom(byte[] content) {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] all = new byte[bom.length + content.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(content, 0, all, bom.length, content.length);
    return all;
  }

  /** A district of prefix p: city → district → unit → (committee →) branches; children listed before parents. */
  static byte[] district(String p) {
    return csv(ORG_HEADER,
        p + "br2," + p + "gc,第二党支部,BRANCH,,2",
        p + "br1," + p + "ru,第一党支部,BRANCH,,1",
        p + "gc," + p + "ru,机关党总支,COMMITTEE,GENERAL_BRANCH,3",
        p + "ru," + p + "eu,街道党工委,RECOMMENDING_UNIT,WORKING_COMMITTEE,1",
        p + "eu," + p + "city,区委,ELECTORAL_UNIT,,",
        p + "city,,市委,UPPER_COMMITTEE,,");
  }

  static String memberRow(String id, String org, String name, String birth, String joined) {
    return id + "," + org + "," + name + ",FEMALE,汉族," + birth + "," + joined
        + ",FULL,UNIVERSITY,ENTERPRISE,制造业,NONE,WORKER,NONE,,NONE,,false,true,false,false";
  }

  static JsonNode json(Api.Response response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(response.body(), e);
    }
  }

  static void assertSummary(Api.Response response, int created, int updated, int unchanged, int groups) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(List.of(body.get("created").asInt(), body.get("updated").asInt(), body.get("unchanged").asInt(),
        body.get("groupsWritten").asInt())).as(response.body()).containsExactly(created, updated, unchanged, groups);
  }

  /** Every violation as "row:field:rule", checked to carry a Chinese message. */
  static List<String> violations(Api.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(422);
    List<String> found = new ArrayList<>();
    for (JsonNode v : json(response).get("violations")) {
      assertThat(v.get("message").asText()).matches(".*[\\u4e00-\\u9fa5].*");
      found.add((v.hasNonNull("row") ? v.get("row").asText() : "-") + ":"
          + (v.hasNonNull("field") ? v.get("field").asText() : "-") + ":" + v.get("rule").asText());
    }
    return found;
  }

  Map<String, Object> counts() {
    return new java.util.HashMap<>(Map.of(
        "organizations", jdbc.queryForObject("select count(*) from organization", Long.class),
        "members", jdbc.queryForObject("select count(*) from member", Long.class),
        "audit", jdbc.queryForObject("select count(*) from audit_entry", Long.class),
        "groups", identityService.createGroupQuery().count(),
        "organizationsUpdatedAt", String.valueOf(jdbc.queryForObject("select max(updated_at) from organization",
            java.sql.Timestamp.class)),
        "membersUpdatedAt", String.valueOf(jdbc.queryForObject("select max(updated_at) from member",
            java.sql.Timestamp.class))));
  }

  @Test
  void csv_organizationsThenMembers_thenTheSameFilesChangeNothing_thenChangesAndMoves() {
    String p = "c-";
    byte[] orgs = withBom(district(p));
    assertSummary(admin().upload("/api/imports/organizations", "组织.csv", orgs), 6, 0, 0, 6);

    Organization branch = organizations.get(p + "br2");
    assertThat(branch).isEqualTo(new Organization(p + "br2", p + "gc", "第二党支部", OrganizationType.BRANCH, null,
        "/c-city/c-eu/c-ru/c-gc/c-br2/", 4, 2));
    assertThat(organizations.get(p + "gc").kind()).isEqualTo("GENERAL_BRANCH");
    assertThat(identityService.createGroupQuery().groupId(p + "br2").singleResult().getName()).isEqualTo("第二党支部");
    JsonNode viaApi = json(admin().get("/api/organizations/" + p + "br2"));
    assertThat(viaApi.get("parentId").asText()).isEqualTo(p + "gc");
    assertThat(viaApi.get("depth").asInt()).isEqualTo(4);
    assertThat(json(admin().get("/api/organizations/" + p + "ru/children"))).extracting(n -> n.get("id").asText())
        .containsExactly(p + "br1", p + "gc");

    byte[] people = csv(MEMBER_HEADER,
        memberRow(p + "m1", p + "br1", "王芳", "1980-05-01", "2005-07-01"),
        p + "m2," + p + "br2,李强,MALE,回族,1975-03-15,1998-06-30,PROBATIONARY,POSTGRADUATE,PARTY_GOVERNMENT,,"
            + "DIVISION,CIVIL_SERVANT,PROVINCIAL,省劳动模范,WARNING,2026-12-31,否,否,是,否",
        memberRow(p + "m3", p + "br2", "赵敏", "1990-01-01", "2012-12-12"));
    assertSummary(admin().upload("/api/imports/members", "党员.csv", people), 3, 0, 0, 0);
    assertThat(members.find(p + "m2")).contains(new Member(p + "m2", p + "br2", "李强", Gender.MALE, "回族",
        LocalDate.of(1975, 3, 15), LocalDate.of(1998, 6, 30), Membership.PROBATIONARY, Education.POSTGRADUATE,
        UnitType.PARTY_GOVERNMENT, null, CadreLevel.DIVISION, Occupation.CIVIL_SERVANT, HonourLevel.PROVINCIAL,
        "省劳动模范", Sanction.WARNING, LocalDate.of(2026, 12, 31), false, false, true, false));
    JsonNode inUnit = json(admin().get("/api/organizations/" + p + "ru/members?q="));
    assertThat(inUnit).extracting(n -> n.get("id").asText()).containsExactlyInAnyOrder(p + "m1", p + "m2", p + "m3");
    assertThat(jdbc.queryForList("select actor || ' ' || action || ' ' || detail from audit_entry "
        + "where subject_id in (?, ?) order by id", String.class, "组织.csv", "党员.csv")).containsExactly(
        "import-admin IMPORT_ORGANIZATIONS file=组织.csv; created=6; updated=0; unchanged=0; groupsWritten=6",
        "import-admin IMPORT_MEMBERS file=党员.csv; created=3; updated=0; unchanged=0; groupsWritten=0");

    // the same files again: nothing is written, not even updated_at
    Map<String, Object> before = counts();
    assertSummary(admin().upload("/api/imports/organizations", "组织.csv", orgs), 0, 0, 6, 0);
    assertSummary(admin().upload("/api/imports/members", "党员.csv", people), 0, 0, 3, 0);
    Map<String, Object> after = counts();
    assertThat(after.get("audit")).isEqualTo((Long) before.get("audit") + 2);
    after.remove("audit");
    before.remove("audit");
    assertThat(after).isEqualTo(before);

    // a rename and a move: the committee goes under a new unit of the same file, its stored branch follows
    assertSummary(admin().upload("/api/imports/organizations", "变更.csv", csv(ORG_HEADER,
        p + "gc," + p + "ru2,机关党委,COMMITTEE,GENERAL_BRANCH,3",
        p + "ru2," + p + "eu,第二党工委,RECOMMENDING_UNIT,,2")), 1, 2, 0, 2);
    assertThat(organizations.get(p + "gc").path()).isEqualTo("/c-city/c-eu/c-ru2/c-gc/");
    assertThat(organizations.get(p + "br2")).extracting(Organization::path, Organization::depth)
        .containsExactly("/c-city/c-eu/c-ru2/c-gc/c-br2/", 4);
    assertThat(identityService.createGroupQuery().groupId(p + "gc").singleResult().getName()).isEqualTo("机关党委");
    assertThat(json(admin().get("/api/organizations/" + p + "ru2/members?q="))).hasSize(2);
    assertThat(json(admin().get("/api/organizations/" + p + "ru/members?q="))).hasSize(1);

    // one member changes branch and name; one is absent from the file and stays
    assertSummary(admin().upload("/api/imports/members", "党员2.csv", csv(MEMBER_HEADER,
        memberRow(p + "m1", p + "br1", "王芳", "1980-05-01", "2005-07-01"),
        memberRow(p + "m3", p + "br1", "赵敏敏", "1990-01-01", "2012-12-12"))), 0, 1, 1, 0);
    assertThat(members.find(p + "m3")).get().extracting(Member::organizationId, Member::name)
        .containsExactly(p + "br1", "赵敏敏");
    assertThat(members.find(p + "m2")).isPresent();
  }

  @Test
  void xlsx_organizationsThenMembers_withDateAndNumberCells() throws IOException {
    String p = "x-";
    byte[] orgs = xlsx(sheet -> {
      row(sheet, 0, (Object[]) ORG_HEADER.split(","));
      row(sheet, 1, p + "city", "", "市委", "UPPER_COMMITTEE", "", "");
      row(sheet, 2, p + "eu", p + "city", "区委", "ELECTORAL_UNIT", "", 1);
      row(sheet, 3, p + "br", p + "eu", "区直机关第一党支部", "BRANCH", "", 7);
    });
    assertSummary(admin().upload("/api/imports/organizations", "orgs.XLSX", orgs), 3, 0, 0, 3);
    assertThat(organizations.get(p + "br")).extracting(Organization::sortOrder, Organization::depth)
        .containsExactly(7, 2);

    byte[] people = xlsx(sheet -> {
      row(sheet, 0, (Object[]) MEMBER_HEADER.split(","));
      String[] cells = memberRow(p + "m1", p + "br", "陈静", "1985-10-20", "2010-07-01").split(",", -1);
      row(sheet, 1, (Object[]) cells);
      // a date typed into Excel is a number formatted as a date; a flag may be a real boolean
      sheet.value(1, 5, LocalDate.of(1985, 10, 20));
      sheet.style(1, 5).format("yyyy-mm-dd").set();
      sheet.value(1, 20, true);
    });
    assertSummary(admin().upload("/api/imports/members", "members.xlsx", people), 1, 0, 0, 0);
    Member imported = members.find(p + "m1").orElseThrow();
    assertThat(imported.birthDate()).isEqualTo(LocalDate.of(1985, 10, 20));
    assertThat(imported.migrantWorker()).isTrue();
    assertThat(imported.sector()).isEqualTo("制造业");
    assertThat(json(admin().get("/api/organizations/" + p + "eu/members?q=陈"))).extracting(n -> n.get("id").asText())
        .containsExactly(p + "m1");

    assertSummary(admin().upload("/api/imports/members", "members.xlsx", people), 0, 0, 1, 0);
  }

  @Test
  void aBadOrganizationsFile_listsEveryError_andWritesNothing() {
    String p = "b-";
    assertSummary(admin().upload("/api/imports/organizations", "base.csv", district(p)), 6, 0, 0, 6);
    Map<String, Object> before = counts();

    Api.Response response = admin().upload("/api/imports/organizations", "bad.csv", csv(ORG_HEADER,
        p + "new-ok," + p + "ru,新支部,BRANCH,,",          // 2: fine, but must not be written
        p + "new-ok," + p + "ru,重复的支部,BRANCH,,",       // 3: DUPLICATE_ID
        p + "orphan," + p + "nowhere,孤儿支部,BRANCH,,",    // 4: UNKNOWN_PARENT
        p + "wrong-type," + p + "ru,支部,PARTY_BRANCH,,",   // 5: BAD_VALUE
        p + "ru2," + p + "city,推荐单位,RECOMMENDING_UNIT,,", // 6: PARENT_TYPE (unit under the city)
        p + "loop-a," + p + "loop-b,甲,COMMITTEE,,",        // 7: CYCLE
        p + "loop-b," + p + "loop-a,乙,COMMITTEE,,",        // 8: CYCLE
        "role-counter," + p + "ru,冒名,BRANCH,,",          // 9: ID_FORMAT
        p + "long," + p + "ru," + "名".repeat(201) + ",BRANCH,,", // 10: NAME_TOO_LONG
        p + "noname," + p + "ru,,BRANCH,,abc"));             // 11: REQUIRED, BAD_VALUE (sort_order)
    assertThat(violations(response)).containsExactlyInAnyOrder(
        "3:id:DUPLICATE_ID", "4:parent_id:UNKNOWN_PARENT", "5:type:BAD_VALUE", "6:type:PARENT_TYPE",
        "7:parent_id:CYCLE", "8:parent_id:CYCLE", "9:id:ID_FORMAT", "10:name:NAME_TOO_LONG", "11:name:REQUIRED",
        "11:sort_order:BAD_VALUE");
    assertThat(json(response).get("message").asText()).contains("10 处错误");
    assertThat(counts()).isEqualTo(before);
    assertThat(organizations.find(p + "new-ok")).isEmpty();
    assertThat(identityService.createGroupQuery().groupId(p + "new-ok").count()).isZero();

    Api.Response header = admin().upload("/api/imports/organizations", "header.csv",
        csv("id,parent,name,type,kind", p + "x,,X,UPPER_COMMITTEE,"));
    assertThat(violations(header)).containsExactlyInAnyOrder("1:parent:UNKNOWN_COLUMN", "1:parent_id:MISSING_COLUMN",
        "1:sort_order:MISSING_COLUMN");
    assertThat(violations(admin().upload("/api/imports/organizations", "orgs.txt", district(p))))
        .containsExactly("-:file:FILE_TYPE");
    assertThat(violations(admin().upload("/api/imports/organizations", "gbk.csv",
        (ORG_HEADER + "\n" + p + "gbk,,市委,UPPER_COMMITTEE,,\n").getBytes(Charset.forName("GBK")))))
        .containsExactly("-:-:UNREADABLE_FILE");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aBadMembersFile_listsEveryError_andWritesNothing() {
    String p = "bm-";
    assertSummary(admin().upload("/api/imports/organizations", "base.csv", district(p)), 6, 0, 0, 6);
    assertSummary(admin().upload("/api/imports/members", "base.csv", csv(MEMBER_HEADER,
        memberRow(p + "kept", p + "br1", "原有党员", "1970-01-01", "1995-01-01"))), 1, 0, 0, 0);
    Map<String, Object> before = counts();
    String future = LocalDate.now().plusYears(1).toString();

    Api.Response response = admin().upload("/api/imports/members", "bad.csv", csv(MEMBER_HEADER,
        memberRow(p + "ok", p + "br1", "合格", "1980-01-01", "2000-01-01"),           // 2: fine, not written
        memberRow(p + "kept", p + "br1", "改名", "1970-01-01", "1995-01-01"),        // 3: fine, not written
        memberRow(p + "young", p + "br1", "少年", "2000-06-01", "2015-06-01"),        // 4: JOINED_BEFORE_18
        memberRow(p + "unborn", p + "br1", "未来", future, "2020-01-01"),             // 5: BIRTH_IN_FUTURE, JOINED_BEFORE_BIRTH
        memberRow(p + "date", p + "br1", "日期", "1980/01/01", "2000-13-01"),          // 6: BAD_DATE ×2
        memberRow(p + "ok", p + "br1", "重复", "1980-01-01", "2000-01-01"),           // 7: DUPLICATE_ID
        memberRow(p + "lost", p + "nowhere", "无组织", "1980-01-01", "2000-01-01"),   // 8: UNKNOWN_ORGANIZATION
        memberRow(p + "unit", p + "ru", "非支部", "1980-01-01", "2000-01-01"),        // 9: MEMBER_NOT_IN_BRANCH
        p + "sanc," + p + "br1,处分,OTHER,汉族,1980-01-01,2000-01-01,FULL,UNIVERSITY,ENTERPRISE,,NONE,WORKER,NONE,,"
            + "WARNING,,maybe,false,false,false"));                                    // 10: BAD_VALUE ×2, SANCTION_END_REQUIRED
    assertThat(violations(response)).containsExactlyInAnyOrder(
        "4:joined_on:JOINED_BEFORE_18", "5:birth_date:BIRTH_IN_FUTURE", "5:joined_on:JOINED_BEFORE_BIRTH",
        "6:birth_date:BAD_DATE", "6:joined_on:BAD_DATE", "7:id:DUPLICATE_ID", "8:organization_id:UNKNOWN_ORGANIZATION",
        "9:organization_id:MEMBER_NOT_IN_BRANCH", "10:gender:BAD_VALUE", "10:under_investigation:BAD_VALUE",
        "10:sanction_ends_on:SANCTION_END_REQUIRED");
    assertThat(counts()).isEqualTo(before);
    assertThat(members.find(p + "ok")).isEmpty();
    assertThat(members.find(p + "kept")).get().extracting(Member::name).isEqualTo("原有党员");
  }

  @Test
  void aMemberOfANonBranchOrganizationIsRefused() {
    String p = "nb-";
    assertSummary(admin().upload("/api/imports/organizations", "base.csv", district(p)), 6, 0, 0, 6);
    Api.Response response = admin().upload("/api/imports/members", "m.csv", csv(MEMBER_HEADER,
        memberRow(p + "m1", p + "gc", "总支党员", "1980-01-01", "2000-01-01")));
    assertThat(violations(response)).containsExactly("2:organization_id:MEMBER_NOT_IN_BRANCH");
    assertThat(json(response).get("violations").get(0).get("message").asText())
        .contains("党员只能隶属于党支部").contains(p + "gc");
    assertThat(members.find(p + "m1")).isEmpty();
  }

  @Test
  void onlyManagersOfEveryTouchedOrganizationMayImport() {
    String p = "a-";
    assertSummary(admin().upload("/api/imports/organizations", "base.csv", district(p)), 6, 0, 0, 6);
    assertSummary(admin().upload("/api/imports/organizations", "ru9.csv", csv(ORG_HEADER,
        p + "ru9," + p + "eu,另一党工委,RECOMMENDING_UNIT,,",
        p + "br9," + p + "ru9,另一支部,BRANCH,,")), 2, 0, 0, 2);
    userAccounts.provision("a-secretary", "支部书记", "secret", List.of(p + "br1"), Set.of(Role.BRANCH_SECRETARY));
    userAccounts.provision("a-orgdept", "组织员", "secret", List.of(p + "ru"), Set.of(Role.ORGANIZATION_DEPARTMENT));
    Api secretary = Api.as(port, "a-secretary", "secret");
    Api orgDept = Api.as(port, "a-orgdept", "secret");
    Map<String, Object> before = counts();

    // no managing role at all
    assertThat(secretary.upload("/api/imports/organizations", "o.csv", csv(ORG_HEADER,
        p + "br1," + p + "ru,改名,BRANCH,,1")).status()).isEqualTo(403);
    assertThat(secretary.upload("/api/imports/members", "m.csv", csv(MEMBER_HEADER,
        memberRow(p + "s1", p + "br1", "甲", "1980-01-01", "2000-01-01"))).status()).isEqualTo(403);
    // a manager of one unit: not under another unit, not a new root, not moving their branch out
    Api.Response other = orgDept.upload("/api/imports/organizations", "o.csv", csv(ORG_HEADER,
        p + "br-own," + p + "ru,本单位新支部,BRANCH,,",
        p + "br-other," + p + "ru9,他单位新支部,BRANCH,,"));
    assertThat(other.status()).isEqualTo(403);
    assertThat(json(other).get("message").asText()).contains(p + "ru9").doesNotContain(p + "ru,");
    assertThat(orgDept.upload("/api/imports/organizations", "o.csv", csv(ORG_HEADER,
        p + "newroot,,新市委,UPPER_COMMITTEE,,")).status()).isEqualTo(403);
    assertThat(orgDept.upload("/api/imports/organizations", "o.csv", csv(ORG_HEADER,
        p + "br1," + p + "ru9,第一党支部,BRANCH,,1")).status()).isEqualTo(403);
    assertThat(orgDept.upload("/api/imports/members", "m.csv", csv(MEMBER_HEADER,
        memberRow(p + "o1", p + "br1", "本单位", "1980-01-01", "2000-01-01"),
        memberRow(p + "o2", p + "br9", "他单位", "1980-01-01", "2000-01-01"))).status()).isEqualTo(403);
    assertThat(counts()).isEqualTo(before);

    // within their own unit the same manager imports
    assertSummary(orgDept.upload("/api/imports/organizations", "o.csv", csv(ORG_HEADER,
        p + "br-own," + p + "ru,本单位新支部,BRANCH,,",
        p + "ru," + p + "eu,街道党工委（更名）,RECOMMENDING_UNIT,WORKING_COMMITTEE,1")), 1, 1, 0, 2);
    assertSummary(orgDept.upload("/api/imports/members", "m.csv", csv(MEMBER_HEADER,
        memberRow(p + "o1", p + "br-own", "本单位", "1980-01-01", "2000-01-01"))), 1, 0, 0, 0);
    assertThat(jdbc.queryForObject("select actor from audit_entry where action = ? order by id desc fetch first 1 rows only",
        String.class, MemberImport.ACTION)).isEqualTo("a-orgdept");
  }

  @Test
  void unauthenticatedCallsAre401() {
    Map<String, Object> before = counts();
    assertThat(Api.anonymous(port).upload("/api/imports/organizations", "o.csv", district("u-")).status())
        .isEqualTo(401);
    assertThat(Api.anonymous(port).upload("/api/imports/members", "m.csv", csv(MEMBER_HEADER)).status())
        .isEqualTo(401);
    assertThat(counts()).isEqualTo(before);
  }

  interface SheetWriter {
    void write(Worksheet sheet) throws IOException;
  }

  static byte[] xlsx(SheetWriter writer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "nomination-test", "1.0");
    Worksheet sheet = workbook.newWorksheet("Sheet1");
    writer.write(sheet);
    workbook.finish();
    return out.toByteArray();
  }

  static void row(Worksheet sheet, int row, Object... values) {
    for (int c = 0; c < values.length; c++) {
      Object v = values[c];
      if (v instanceof Number n) sheet.value(row, c, n);
      else if (v != null && !v.toString().isEmpty()) sheet.value(row, c, v.toString());
    }
  }
}
