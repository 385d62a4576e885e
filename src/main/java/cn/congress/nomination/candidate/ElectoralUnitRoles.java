package cn.congress.nomination.candidate;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * Who may act on the electoral unit's lists of candidates: its standing committee, organization department and
 * discipline commission, each of its recommending units for itself, and the upper committee's organization department.
 * Reading: the electoral unit and the levels above it; a recommending unit reads what is sent down to it.
 */
@Component
public class ElectoralUnitRoles {

  private final Organizations organizations;

  ElectoralUnitRoles(Organizations organizations) {
    this.organizations = organizations;
  }

  public void requireStandingCommittee(Viewer viewer, Election election) {
    require(viewer, election, Role.STANDING_COMMITTEE, "常委会");
  }

  public void requireOrganizationDepartment(Viewer viewer, Election election) {
    require(viewer, election, Role.ORGANIZATION_DEPARTMENT, "组织部");
  }

  public void requireDisciplineCommission(Viewer viewer, Election election) {
    require(viewer, election, Role.DISCIPLINE_COMMISSION, "纪委");
  }

  public void requireUnit(Viewer viewer, String unitId) {
    if (!viewer.belongsTo(unitId) || viewer.has(Role.SUPERVISION)) {
      throw new AccessDeniedException("只有推荐单位 " + unitId + " 本单位可以提出或修改本单位的意见");
    }
  }

  public void requireUpperCommittee(Viewer viewer, Election election) {
    String upper = upperCommitteeOf(election);
    if (!(viewer.has(Role.UPPER_COMMITTEE) && viewer.belongsTo(upper))) {
      throw new AccessDeniedException("只有上级党委组织部（" + upper + "）可以办理此事项");
    }
  }

  public String upperCommitteeOf(Election election) {
    return organizations.get(election.electoralUnitId()).parentId();
  }

  /** The electoral unit itself or any level above it. */
  public boolean readsAll(Viewer viewer, Election election) {
    return viewer.canRead(organizations.get(election.electoralUnitId()));
  }

  public void requireReadAll(Viewer viewer, Election election) {
    if (!readsAll(viewer, election)) {
      throw new AccessDeniedException("无权查看选举单位 " + election.electoralUnitId() + " 的候选人工作");
    }
  }

  /** What is sent down: the electoral unit and above, and everyone within it. */
  public void requireReadSentDown(Viewer viewer, Election election) {
    Organization unit = organizations.get(election.electoralUnitId());
    if (!readsAll(viewer, election) && viewer.organizations().stream().noneMatch(own -> own.isWithin(unit.path()))) {
      throw new AccessDeniedException("无权查看选举单位 " + election.electoralUnitId() + " 的候选人名单");
    }
  }

  private void require(Viewer viewer, Election election, Role role, String body) {
    if (!(viewer.has(role) && viewer.belongsTo(election.electoralUnitId()))) {
      throw new AccessDeniedException("只有选举单位 " + election.electoralUnitId() + " 的" + body + "可以办理此事项");
    }
  }
}
