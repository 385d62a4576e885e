package cn.congress.nomination.election;

import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.Viewer;

/**
 * Who may see and change an election: its electoral unit's managers (organization department, upper committee, admin)
 * change it; anyone above it or inside its subtree (the recommending units that nominate under it, the supervision
 * group) reads it.
 */
final class ElectionAccess {
  private ElectionAccess() {}

  static boolean canRead(Viewer viewer, Organization electoralUnit) {
    return viewer.canRead(electoralUnit)
        || viewer.organizations().stream().anyMatch(own -> own.isWithin(electoralUnit.path()));
  }

  static void requireRead(Viewer viewer, Organization electoralUnit) {
    if (!canRead(viewer, electoralUnit)) {
      throw new AccessDeniedException("无权查看选举单位 " + electoralUnit.id() + " 的选举");
    }
  }

  static void requireManage(Viewer viewer, Organization electoralUnit) {
    if (!viewer.canManage(electoralUnit)) {
      throw new AccessDeniedException("无权配置选举单位 " + electoralUnit.id() + " 的选举：需要该选举单位组织部的权限");
    }
  }
}
