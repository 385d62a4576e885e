package cn.congress.nomination.inspection;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.Viewer;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * Who does what in an inspection: the target's party organization gives its opinion; the electoral unit's discipline
 * commission gives its opinion; its inspection team records the regulators' written opinion, the complaints, the four
 * musts and the conclusion (the organization department may record complaints and the regulators' opinion too); the
 * integrity conclusion is signed by a standing committee member as committee secretary and by a discipline commission
 * member as its secretary. Reading: the electoral unit and the levels above; the party organization reads its target's
 * inspection and its own opinion. The supervision group reads and never acts.
 */
@Component
class InspectionAccess {

  private final Organizations organizations;

  InspectionAccess(Organizations organizations) {
    this.organizations = organizations;
  }

  void requirePartyOrganization(Viewer viewer, Inspection inspection) {
    if (!viewer.belongsTo(inspection.partyOrganizationId()) || viewer.has(Role.SUPERVISION)) {
      throw new AccessDeniedException("只有考察对象所在党组织（" + inspection.partyOrganizationId() + "）可以提出该党组织的意见");
    }
  }

  void requireDisciplineCommission(Viewer viewer, Election election) {
    requireRole(viewer, election, "纪检监察机关", Role.DISCIPLINE_COMMISSION);
  }

  void requireInspectionTeam(Viewer viewer, Election election) {
    requireRole(viewer, election, "考察组", Role.INSPECTION_TEAM);
  }

  /** The regulators have no logins: their written opinion is recorded by the inspection team or the department. */
  void requireRegulatorRecorder(Viewer viewer, Election election) {
    requireRole(viewer, election, "考察组或组织部", Role.INSPECTION_TEAM, Role.ORGANIZATION_DEPARTMENT);
  }

  void requireComplaintRecorder(Viewer viewer, Election election) {
    requireRole(viewer, election, "考察组、组织部或纪检监察机关", Role.INSPECTION_TEAM, Role.ORGANIZATION_DEPARTMENT,
        Role.DISCIPLINE_COMMISSION);
  }

  void requireComplaintVerifier(Viewer viewer, Election election) {
    requireRole(viewer, election, "考察组或纪检监察机关", Role.INSPECTION_TEAM, Role.DISCIPLINE_COMMISSION);
  }

  void requireSignatory(Viewer viewer, Election election, Signatory signatory) {
    Role role = signatory == Signatory.COMMITTEE_SECRETARY ? Role.STANDING_COMMITTEE : Role.DISCIPLINE_COMMISSION;
    requireRole(viewer, election, signatory == Signatory.COMMITTEE_SECRETARY ? "常委会（党委书记）" : "纪委（纪委书记）", role);
  }

  /** The electoral unit itself or any level above it. */
  boolean readsAll(Viewer viewer, Election election) {
    return viewer.canRead(organizations.get(election.electoralUnitId()));
  }

  void requireReadAll(Viewer viewer, Election election) {
    if (!readsAll(viewer, election)) {
      throw new AccessDeniedException("无权查看选举单位 " + election.electoralUnitId() + " 的考察工作");
    }
  }

  /** A target's inspection: everything for the electoral unit and above; its party organization a summary. */
  void requireRead(Viewer viewer, Election election, Inspection inspection) {
    if (!readsAll(viewer, election) && !viewer.belongsTo(inspection.partyOrganizationId())) {
      throw new AccessDeniedException("无权查看对 " + inspection.memberId() + " 的考察");
    }
  }

  private void requireRole(Viewer viewer, Election election, String who, Role... roles) {
    boolean allowed = Arrays.stream(roles).anyMatch(viewer::has) && viewer.belongsTo(election.electoralUnitId())
        && !viewer.has(Role.SUPERVISION);
    if (!allowed) {
      throw new AccessDeniedException("只有选举单位 " + election.electoralUnitId() + " 的" + who + "可以办理此事项");
    }
  }
}
