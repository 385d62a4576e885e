package cn.congress.nomination.publicity;

import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * Who does what with a publicity: staff of the electoral unit (its organization department or discipline commission)
 * enter objections received by phone, letter, SMS or the hotline; its discipline commission verifies them; the
 * electoral unit and the levels above read the objections and their state.
 */
@Component
class PublicityAccess {

  private final Organizations organizations;

  PublicityAccess(Organizations organizations) {
    this.organizations = organizations;
  }

  void requireStaff(Viewer viewer, Publicity publicity) {
    boolean staff = (viewer.has(Role.ORGANIZATION_DEPARTMENT) || viewer.has(Role.DISCIPLINE_COMMISSION))
        && viewer.belongsTo(publicity.electoralUnitId()) && !viewer.has(Role.SUPERVISION);
    if (!staff) {
      throw new AccessDeniedException("只有选举单位 " + publicity.electoralUnitId() + " 的组织部或纪委可以登记公示期间收到的反映");
    }
  }

  void requireDisciplineCommission(Viewer viewer, String electoralUnitId) {
    if (!(viewer.has(Role.DISCIPLINE_COMMISSION) && viewer.belongsTo(electoralUnitId))) {
      throw new AccessDeniedException("只有选举单位 " + electoralUnitId + " 的纪委可以作出核查结论");
    }
  }

  void requireRead(Viewer viewer, Publicity publicity) {
    Organization unit = organizations.get(publicity.electoralUnitId());
    if (!viewer.isAdmin() && viewer.organizations().stream().noneMatch(own -> unit.isWithin(own.path()))) {
      throw new AccessDeniedException("无权查看选举单位 " + publicity.electoralUnitId() + " 的公示反映情况");
    }
  }
}
