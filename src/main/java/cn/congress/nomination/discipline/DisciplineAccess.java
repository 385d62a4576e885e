package cn.congress.nomination.discipline;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * Who does what in the discipline register: the electoral unit's own staff (any role but the supervision group) record
 * pledges and report violations, and so does its discipline commission; only the discipline commission of the
 * electoral unit concludes a verification. Reading: the electoral unit and the levels above it.
 */
@Component
class DisciplineAccess {

  private final Organizations organizations;

  DisciplineAccess(Organizations organizations) {
    this.organizations = organizations;
  }

  void requireUnitStaff(Viewer viewer, Election election) {
    if (viewer.has(Role.SUPERVISION) || !viewer.belongsTo(election.electoralUnitId())) {
      throw new AccessDeniedException("只有选举单位 " + election.electoralUnitId() + " 的工作人员或纪委可以登记承诺书和违纪举报");
    }
  }

  void requireDisciplineCommission(Viewer viewer, Election election) {
    if (!(viewer.has(Role.DISCIPLINE_COMMISSION) && viewer.belongsTo(election.electoralUnitId()))) {
      throw new AccessDeniedException("只有选举单位 " + election.electoralUnitId() + " 的纪委可以核查违反换届纪律问题并作出结论");
    }
  }

  void requireRead(Viewer viewer, Election election) {
    Organization unit = organizations.get(election.electoralUnitId());
    if (!viewer.canRead(unit)) {
      throw new AccessDeniedException("无权查看选举单位 " + election.electoralUnitId() + " 的换届纪律登记");
    }
  }
}
