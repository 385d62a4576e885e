package cn.congress.nomination.campaign;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.ElectionConfig;
import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.security.Viewer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A district of its own (ids with the prefix): city → electoral unit → 23 recommending units, one branch under the
 * first; its organization department and a branch secretary; the reference election moved onto it with a schedule in
 * December 2026 (the shipped calendar knows that year).
 */
final class CampaignFixture {

  static final String PASSWORD = "secret-pass-1";
  static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

  final String p;
  final String upper;
  final String unit;
  final String unitPath;
  final List<String> units = new ArrayList<>();
  final String branch;
  final String orgDepartment;
  final String secretary;

  CampaignFixture(String prefix) {
    p = prefix;
    upper = p + "uc";
    unit = p + "eu";
    unitPath = "/" + upper + "/" + unit + "/";
    for (int i = 1; i <= 23; i++) units.add(p + "ru-%02d".formatted(i));
    branch = units.get(0) + "-br";
    orgDepartment = p + "zzb";
    secretary = p + "sj";
  }

  CampaignFixture create(Organizations organizations, OrganizationGroups groups, UserAccounts accounts) {
    List<Organization> tree = new ArrayList<>();
    tree.add(new Organization(upper, null, "市委", OrganizationType.UPPER_COMMITTEE, null, "/" + upper + "/", 0, 0));
    tree.add(new Organization(unit, upper, "区委", OrganizationType.ELECTORAL_UNIT, null, unitPath, 1, 0));
    for (int i = 0; i < units.size(); i++) {
      tree.add(new Organization(units.get(i), unit, "第" + (i + 1) + "街道党工委", OrganizationType.RECOMMENDING_UNIT,
          "WORKING_COMMITTEE", unitPath + units.get(i) + "/", 2, i));
    }
    tree.add(new Organization(branch, units.get(0), "第一社区党支部", OrganizationType.BRANCH, null,
        unitPath + units.get(0) + "/" + branch + "/", 3, 0));
    organizations.insert(tree);
    groups.sync(tree);
    accounts.provision(orgDepartment, "组织部干事", PASSWORD, List.of(unit), Set.of(Role.ORGANIZATION_DEPARTMENT));
    accounts.provision(secretary, "支部书记", PASSWORD, List.of(branch), Set.of(Role.BRANCH_SECRETARY));
    return this;
  }

  /** The reference election on this district, under the given id, nomination due 2026-12-11. */
  ObjectNode config(String id) {
    try (InputStream in = CampaignFixture.class.getResourceAsStream("/elections/district-reference.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("\"eu-district\"", "\"" + unit + "\"").replace("\"ru-", "\"" + p + "ru-");
      ObjectNode tree = (ObjectNode) JSON.readTree(text);
      tree.put("id", id);
      tree.put("electionDate", "2026-12-23");
      ArrayNode schedule = tree.putArray("schedule");
      String[][] steps = {{"WORK_PLAN", "2026-12-01"}, {"DEPLOYMENT", "2026-12-02"}, {"NOMINATION", "2026-12-11"},
          {"INSPECTION_TARGETS", "2026-12-16"}, {"INSPECTION", "2026-12-18"}, {"INITIAL_CANDIDATES", "2026-12-21"},
          {"PRELIMINARY_CANDIDATES", "2026-12-22"}, {"ELECTION", "2026-12-24"}};
      for (String[] s : steps) schedule.addObject().put("step", s[0]).put("dueOn", s[1]);
      return tree;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Election election(ElectionService service, String id) {
    return service.create(JSON.convertValue(config(id), ElectionConfig.class), Viewer.system("test"));
  }
}
