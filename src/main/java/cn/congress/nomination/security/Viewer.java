package cn.congress.nomination.security;

import cn.congress.nomination.organization.Organization;
import java.util.List;
import java.util.Set;

/**
 * The signed-in user as the domain sees them: their organizations (where they act) and roles (what they do).
 * A user reads their organizations' subtrees; only managing roles change anything, and the supervision group never does.
 */
public record Viewer(String userId, List<Organization> organizations, Set<Role> roles) {

  /** The application itself acting (start-up loaders): an admin of no organization, named in the audit log. */
  public static Viewer system(String actor) {
    return new Viewer(actor, List.of(), Set.of(Role.ADMIN));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isAdmin() {
    return has(Role.ADMIN);
  }

  /** A member of that organization itself (not merely of a level above it). */
  public boolean belongsTo(String organizationId) {
    return organizations.stream().anyMatch(o -> o.id().equals(organizationId));
  }

  public boolean canRead(Organization organization) {
    return isAdmin() || organizations.stream().anyMatch(own -> organization.isWithin(own.path()));
  }

  public boolean canManage(Organization organization) {
    if (has(Role.SUPERVISION) && !isAdmin()) return false;
    return roles.stream().anyMatch(Role::manages) && canRead(organization);
  }

  public void requireRead(Organization organization) {
    if (!canRead(organization)) throw new AccessDeniedException("无权查看组织 " + organization.id() + " 的数据");
  }

  public void requireManage(Organization organization) {
    if (!canManage(organization)) throw new AccessDeniedException("无权修改组织 " + organization.id() + " 的数据");
  }
}
