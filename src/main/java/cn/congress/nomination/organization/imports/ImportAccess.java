package cn.congress.nomination.organization.imports;

import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.Viewer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may import what: the caller must manage every organization a file touches. Decided on stored data only, before
 * the file's own errors are reported, so a user learns nothing about organizations outside their reach from a 422.
 */
final class ImportAccess {

  private static final int LISTED = 20;

  private final Viewer viewer;
  private final Map<String, Boolean> manages = new HashMap<>();
  private final Set<String> denied = new TreeSet<>();

  ImportAccess(Viewer viewer) {
    this.viewer = viewer;
  }

  /** Only managing roles import; checked before the file is read. */
  static void requireImporter(Viewer viewer) {
    boolean supervisesOnly = viewer.has(Role.SUPERVISION) && !viewer.isAdmin();
    if (supervisesOnly || viewer.roles().stream().noneMatch(Role::manages)) {
      throw new AccessDeniedException("无权导入：需要组织部、上级党委组织部或系统管理员角色");
    }
  }

  private void require(Organization organization) {
    if (!manages.computeIfAbsent(organization.id(), id -> viewer.canManage(organization))) denied.add(organization.id());
  }

  /**
   * An organization of the file: a stored one must be managed as it is; a new or moved one needs its new parent
   * managed (a parent new in the file is covered by its own row), and a new root needs an admin.
   */
  void organization(OrganizationRow row, Map<String, Organization> stored) {
    if (row.id() == null) return;
    Organization before = stored.get(row.id());
    if (before != null) require(before);
    boolean placed = before == null || !Objects.equals(before.parentId(), row.parentId());
    if (!placed) return;
    if (row.parentId() == null) {
      if (row.valid() && !viewer.isAdmin()) denied.add(row.id());
      return;
    }
    Organization parent = stored.get(row.parentId());
    if (parent != null) require(parent);
  }

  /** A member: the branch it goes to, and the branch it leaves when it moves. */
  void member(Member member, Member before, Map<String, Organization> organizations) {
    Organization target = member.organizationId() == null ? null : organizations.get(member.organizationId());
    if (target != null) require(target);
    if (before != null && !before.organizationId().equals(member.organizationId())) {
      require(organizations.get(before.organizationId()));
    }
  }

  void throwIfDenied() {
    if (denied.isEmpty()) return;
    Collection<String> shown = denied.stream().limit(LISTED).toList();
    throw new AccessDeniedException("无权修改以下组织的数据，未写入任何数据：" + String.join("、", shown)
        + (denied.size() > LISTED ? " 等 " + denied.size() + " 个组织" : ""));
  }
}
