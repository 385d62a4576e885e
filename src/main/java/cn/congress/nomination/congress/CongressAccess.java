package cn.congress.nomination.congress;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * Who does what at the conference: the upper committee's organization department enters its nominees and holds the
 * credentials review; the electoral unit's organization department prepares the conference, issues and takes back the
 * ballots, records the conference's decisions and files the results; appointed counters enter counts and appointed
 * scrutineers resolve and confirm them (checked by the services against the appointment). Reading: the electoral unit
 * and the levels above it — the count itself stays sealed for everyone until confirmed ({@link Counts#view}).
 */
@Component
class CongressAccess {

  private final Organizations organizations;

  CongressAccess(Organizations organizations) {
    this.organizations = organizations;
  }

  void requireOrganizationDepartment(Viewer viewer, Election election) {
    if (!(viewer.has(Role.ORGANIZATION_DEPARTMENT) && viewer.belongsTo(election.electoralUnitId()))) {
      throw new AccessDeniedException("只有选举单位 " + election.electoralUnitId() + " 的组织部可以办理此事项");
    }
  }

  void requireUpperCommittee(Viewer viewer, String upperCommitteeId) {
    if (!(viewer.has(Role.UPPER_COMMITTEE) && viewer.belongsTo(upperCommitteeId))) {
      throw new AccessDeniedException("只有上级党委组织部（" + upperCommitteeId + "）可以办理此事项");
    }
  }

  void requireCounter(Viewer viewer) {
    if (!viewer.has(Role.COUNTER)) throw new AccessDeniedException("只有计票人可以录入计票结果");
  }

  void requireScrutineer(Viewer viewer) {
    if (!viewer.has(Role.SCRUTINEER)) throw new AccessDeniedException("只有监票人可以处理差异、确认计票结果");
  }

  /** Counters and scrutineers read the conference they were appointed to; others by their organizations. */
  void requireRead(Viewer viewer, Election election, boolean appointedStaff) {
    Organization unit = organizations.get(election.electoralUnitId());
    if (!appointedStaff && !viewer.canRead(unit)) {
      throw new AccessDeniedException("无权查看选举单位 " + election.electoralUnitId() + " 的代表选举");
    }
  }
}
