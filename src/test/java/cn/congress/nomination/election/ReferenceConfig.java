package cn.congress.nomination.election;

import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The reference scenario's election as JSON (a test resource), and a tree it fits, for tests without Spring. */
final class ReferenceConfig {
  private ReferenceConfig() {}

  static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
  static final String RESOURCE = "/elections/district-reference.json";

  static String text() {
    try (InputStream in = ReferenceConfig.class.getResourceAsStream(RESOURCE)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode tree() {
    try {
      return (ObjectNode) JSON.readTree(text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ElectionConfig config(ObjectNode tree) {
    return JSON.convertValue(tree, ElectionConfig.class);
  }

  static Election election() {
    return config(tree()).toElection(ElectionStatus.DRAFT);
  }

  /** The city, the district (electoral unit) with its 23 recommending units, and a second district with one unit. */
  static ValidationContext context(Set<String> categoriesInUse) {
    Map<String, Organization> orgs = new HashMap<>();
    orgs.put("uc-city", new Organization("uc-city", null, "市委", OrganizationType.UPPER_COMMITTEE, null, "/uc-city/", 0, 0));
    orgs.put("eu-district", new Organization("eu-district", "uc-city", "区委", OrganizationType.ELECTORAL_UNIT, null,
        "/uc-city/eu-district/", 1, 0));
    for (int i = 1; i <= 23; i++) {
      String id = "ru-%02d".formatted(i);
      orgs.put(id, new Organization(id, "eu-district", "党工委" + i, OrganizationType.RECOMMENDING_UNIT, null,
          "/uc-city/eu-district/" + id + "/", 2, i));
    }
    orgs.put("eu-other", new Organization("eu-other", "uc-city", "另一区委", OrganizationType.ELECTORAL_UNIT, null,
        "/uc-city/eu-other/", 1, 1));
    orgs.put("ru-other", new Organization("ru-other", "eu-other", "另一党委", OrganizationType.RECOMMENDING_UNIT, null,
        "/uc-city/eu-other/ru-other/", 2, 0));
    return new ValidationContext() {
      public Optional<Organization> organization(String id) {
        return Optional.ofNullable(orgs.get(id));
      }

      public boolean electionIdTaken(String id) {
        return "el-taken".equals(id);
      }

      public Set<String> categoriesInUse() {
        return categoriesInUse;
      }
    };
  }
}
