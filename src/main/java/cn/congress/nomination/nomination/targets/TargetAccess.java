package cn.congress.nomination.nomination.targets;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * Who does what with the inspection targets: the electoral unit's standing committee records and confirms its
 * meetings, its organization department chases late units and files the targets, each recommending unit gives its own
 * opinion, the upper committee's organization department reviews the filing. Reading: the electoral unit and the
 * levels above it; a recommending unit reads the proposed list and its own opinion.
 */
@Component
class TargetAccess {

  private final Organizations organizations;

  TargetAccess(Organizations organizations) {
    this.organizations = organizations;
  }

  void requireStandingCommittee(Viewer viewer, Election election) {
    if (!(viewer.has(Role.STANDING_COMMITTEE) && viewer.belongsTo(election.electoralUnitId()))) {
      throw new AccessDeniedException("只有选举单位 " + election.electoralUnitId() + " 的常委会可以办理此事项");
    }
  }

  void requireOrganizationDepartment(Viewer viewer, Election election) {
    if (!(viewer.has(Role.ORGANIZATION_DEPARTMENT) && viewer.belongsTo(election.electoralUnitId()))) {
      throw new AccessDeniedException("只有选举单位 " + election.electoralUnitId() + " 的组织部可以办理此事项");
    }
  }

  void requireUnit(Viewer viewer, String unitId) {
    if (!viewer.belongsTo(unitId) || viewer.has(Role.SUPERVISION)) {
      throw new AccessDeniedException("只有推荐单位 " + unitId + " 本单位可以提出或修改本单位的意见");
    }
  }

  void requireUpperCommittee(Viewer viewer, String upperCommitteeId) {
    if (!(viewer.has(Role.UPPER_COMMITTEE) && viewer.belongsTo(upperCommitteeId))) {
      throw new AccessDeniedException("只有上级党委组织部（" + upperCommitteeId + "）可以审核考察对象报备");
    }
  }

  /** The electoral unit itself or any level above it. */
  boolean readsAll(Viewer viewer, Election election) {
    return viewer.canRead(organizations.get(election.electoralUnitId()));
  }

  void requireReadAll(Viewer viewer, Election election) {
    if (!readsAll(viewer, election)) {
      throw new AccessDeniedException("无权查看选举单位 " + election.electoralUnitId() + " 的考察对象工作");
    }
  }

  /** The proposed list: the electoral unit and above, and its recommending units (their opinion is asked). */
  void requireReadProposal(Viewer viewer, Election election) {
    Organization unit = organizations.get(election.electoralUnitId());
    if (!readsAll(viewer, election) && viewer.organizations().stream().noneMatch(own -> own.isWithin(unit.path()))) {
      throw new AccessDeniedException("无权查看选举单位 " + election.electoralUnitId() + " 的考察对象建议名单");
    }
  }
}
