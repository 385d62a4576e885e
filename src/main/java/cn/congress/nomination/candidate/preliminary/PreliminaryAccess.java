package cn.congress.nomination.candidate.preliminary;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * Who does what with the preliminary candidates: the electoral unit's organization department records the briefing
 * and files the list; a member of its plenary (or of the standing committee, which convenes it) records the plenary's
 * vote and another one confirms it; the upper committee's organization department holds both gates. Reading: the
 * electoral unit and the levels above it.
 */
@Component
class PreliminaryAccess {

  private final Organizations organizations;

  PreliminaryAccess(Organizations organizations) {
    this.organizations = organizations;
  }

  void requireOrganizationDepartment(Viewer viewer, Election election) {
    if (!(viewer.has(Role.ORGANIZATION_DEPARTMENT) && viewer.belongsTo(election.electoralUnitId()))) {
      throw new AccessDeniedException("只有选举单位 " + election.electoralUnitId() + " 的组织部可以办理此事项");
    }
  }

  void requirePlenary(Viewer viewer, Election election) {
    if (!((viewer.has(Role.PLENARY) || viewer.has(Role.STANDING_COMMITTEE))
        && viewer.belongsTo(election.electoralUnitId()))) {
      throw new AccessDeniedException("只有选举单位 " + election.electoralUnitId() + " 的全委会（常委会）成员可以录入或确认全委会表决结果");
    }
  }

  void requireUpperCommittee(Viewer viewer, String upperCommitteeId) {
    if (!(viewer.has(Role.UPPER_COMMITTEE) && viewer.belongsTo(upperCommitteeId))) {
      throw new AccessDeniedException("只有上级党委组织部（" + upperCommitteeId + "）可以审核、审批代表候选人预备人选");
    }
  }

  void requireRead(Viewer viewer, Election election) {
    Organization unit = organizations.get(election.electoralUnitId());
    if (!viewer.canRead(unit)) {
      throw new AccessDeniedException("无权查看选举单位 " + election.electoralUnitId() + " 的代表候选人预备人选工作");
    }
  }
}
