package cn.congress.nomination.organization;

import cn.congress.nomination.security.SystemCalls;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** Keeps one Camunda group per organization (same id, same name): candidate groups of tasks are organizations. */
@Component
public class OrganizationGroups {

  public static final String GROUP_TYPE = "ORGANIZATION";
  private static final int CHUNK = 500;

  private final IdentityService identityService;

  OrganizationGroups(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Creates missing groups and renames changed ones; returns how many groups were written. */
  public int sync(Collection<Organization> organizations) {
    return SystemCalls.asSystem(identityService, () -> {
      int written = 0;
      List<Organization> all = List.copyOf(organizations);
      for (int from = 0; from < all.size(); from += CHUNK) {
        List<Organization> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
        Map<String, Group> existing = identityService.createGroupQuery()
            .groupIdIn(chunk.stream().map(Organization::id).toArray(String[]::new)).list().stream()
            .collect(Collectors.toMap(Group::getId, Function.identity()));
        for (Organization organization : chunk) {
          Group group = existing.get(organization.id());
          if (group != null && organization.name().equals(group.getName())) continue;
          if (group == null) {
            group = identityService.newGroup(organization.id());
            group.setType(GROUP_TYPE);
          }
          group.setName(organization.name());
          identityService.saveGroup(group);
          written++;
        }
      }
      return written;
    });
  }
}
