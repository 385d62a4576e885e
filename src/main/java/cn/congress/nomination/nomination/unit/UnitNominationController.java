package cn.congress.nomination.nomination.unit;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.meeting.Meeting;
import cn.congress.nomination.meeting.MeetingDraft;
import cn.congress.nomination.meeting.MeetingKind;
import cn.congress.nomination.meeting.MeetingVote;
import cn.congress.nomination.meeting.RankedName;
import cn.congress.nomination.nomination.branch.BranchState;
import cn.congress.nomination.nomination.unit.UnitNominations.ListName;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.NotFoundException;
import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.CurrentViewer;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The recommending unit's and its committees' nomination: the branches' states, the ranking of support, the meeting
 * records (recorded by one user of the organization, confirmed or rejected by another), the unit's list and its
 * materials. Users of the organization write; users of it and of the organizations above read.
 */
@RestController
@RequestMapping("/api/nominations/{electionId}")
@Tag(name = "unit-nomination", description = "推荐单位及其下属党委（党总支）的遴选、推荐人选名单与报送材料")
class UnitNominationController {

  private final UnitNominations units;
  private final UnitMaterials materials;
  private final Organizations organizations;
  private final Elections elections;
  private final CurrentViewer currentViewer;

  UnitNominationController(UnitNominations units, UnitMaterials materials, Organizations organizations,
                           Elections elections, CurrentViewer currentViewer) {
    this.units = units;
    this.materials = materials;
    this.organizations = organizations;
    this.elections = elections;
    this.currentViewer = currentViewer;
  }

  /** A meeting record as the forms send it; a unit's may give identity categories for names without one. */
  record MeetingRequest(Integer expected, Integer present, String decision, List<MeetingVote> votes,
                        Map<String, String> identityCategories) {
    MeetingDraft draft() {
      return new MeetingDraft(expected, present, decision, votes == null ? List.of() : votes);
    }
  }

  record RejectRequest(String reason) {}

  record FileRequest(String workSummary, List<ListName> names) {}

  record CommitteeView(String id, String name, String meetingStatus) {}

  // ---- the unit

  @GetMapping("/units/{unitId}/branches")
  @Operation(summary = "推荐单位所属各党支部的报送状态")
  List<BranchState> unitBranches(@PathVariable String electionId, @PathVariable String unitId) {
    read(electionId, unitId, OrganizationType.RECOMMENDING_UNIT);
    return units.branchStates(electionId, unitId);
  }

  @GetMapping("/units/{unitId}/committees")
  @Operation(summary = "推荐单位下属党委（党总支）及其会议记录状态")
  List<CommitteeView> committees(@PathVariable String electionId, @PathVariable String unitId) {
    read(electionId, unitId, OrganizationType.RECOMMENDING_UNIT);
    return units.committeesOf(unitId).stream().map(organizations::get).map(c -> new CommitteeView(c.id(), c.name(),
        units.meeting(electionId, c.id(), MeetingKind.COMMITTEE_SELECTION).map(m -> m.status().name()).orElse(null)))
        .toList();
  }

  @GetMapping("/units/{unitId}/ranking")
  @Operation(summary = "推荐单位的人选排序（按推荐的党支部数、党员数；有下属党委的，限于其遴选的人选）")
  List<RankedName> unitRanking(@PathVariable String electionId, @PathVariable String unitId) {
    read(electionId, unitId, OrganizationType.RECOMMENDING_UNIT);
    return units.unitRanking(electionId, unitId);
  }

  @GetMapping("/units/{unitId}/candidates")
  @Operation(summary = "推荐单位党委会议可选的人选：排序、身份类别、干部级别")
  List<UnitNominations.Candidate> candidates(@PathVariable String electionId, @PathVariable String unitId) {
    read(electionId, unitId, OrganizationType.RECOMMENDING_UNIT);
    return units.unitCandidates(electionId, unitId);
  }

  @GetMapping("/units/{unitId}/requirement")
  @Operation(summary = "推荐人选名单的要求：名额、推荐人数（等于或不少于）、结构")
  UnitNominations.ListRequirement requirement(@PathVariable String electionId, @PathVariable String unitId) {
    read(electionId, unitId, OrganizationType.RECOMMENDING_UNIT);
    return units.requirement(electionId, unitId);
  }

  @GetMapping("/units/{unitId}/meeting")
  @Operation(summary = "推荐单位党委会议记录（当前的一份；没有时 204）")
  ResponseEntity<Meeting> unitMeeting(@PathVariable String electionId, @PathVariable String unitId) {
    read(electionId, unitId, OrganizationType.RECOMMENDING_UNIT);
    return units.meeting(electionId, unitId, MeetingKind.UNIT_SELECTION).map(ResponseEntity::ok)
        .orElse(ResponseEntity.noContent().build());
  }

  @PutMapping("/units/{unitId}/meeting")
  @Operation(summary = "录入推荐单位党委会议记录（待另一人确认；所选人选须符合推荐人选名单的要求）")
  Meeting recordUnitMeeting(@PathVariable String electionId, @PathVariable String unitId,
                            @RequestBody MeetingRequest request) {
    Viewer viewer = write(electionId, unitId, OrganizationType.RECOMMENDING_UNIT);
    return units.recordUnitMeeting(electionId, unitId, request.draft(),
        request.identityCategories() == null ? Map.of() : request.identityCategories(), viewer.userId());
  }

  @PostMapping("/units/{unitId}/meeting/confirm")
  @Operation(summary = "确认推荐单位党委会议记录（录入人以外的另一人）")
  Meeting confirmUnitMeeting(@PathVariable String electionId, @PathVariable String unitId) {
    Viewer viewer = write(electionId, unitId, OrganizationType.RECOMMENDING_UNIT);
    return units.confirm(electionId, unitId, MeetingKind.UNIT_SELECTION, viewer.userId());
  }

  @PostMapping("/units/{unitId}/meeting/reject")
  @Operation(summary = "退回推荐单位党委会议记录（须说明理由）")
  Meeting rejectUnitMeeting(@PathVariable String electionId, @PathVariable String unitId,
                            @RequestBody RejectRequest request) {
    Viewer viewer = write(electionId, unitId, OrganizationType.RECOMMENDING_UNIT);
    return units.reject(electionId, unitId, MeetingKind.UNIT_SELECTION, viewer.userId(),
        request == null ? null : request.reason());
  }

  @PostMapping("/units/{unitId}/list")
  @Operation(summary = "报送推荐人选名单（会议确定的人选及其身份类别）和工作总结")
  UnitLists.UnitList fileList(@PathVariable String electionId, @PathVariable String unitId,
                              @RequestBody FileRequest request) {
    Viewer viewer = write(electionId, unitId, OrganizationType.RECOMMENDING_UNIT);
    return units.file(electionId, unitId, request.workSummary(), request.names(), viewer.userId());
  }

  @GetMapping("/units/{unitId}/list")
  @Operation(summary = "推荐单位报送的推荐人选名单")
  UnitLists.UnitList list(@PathVariable String electionId, @PathVariable String unitId) {
    read(electionId, unitId, OrganizationType.RECOMMENDING_UNIT);
    return units.list(electionId, unitId).orElseThrow(() -> new NotFoundException("推荐单位 " + unitId + " 尚未报送推荐人选名单"));
  }

  @GetMapping("/units/{unitId}/materials")
  @Operation(summary = "报送材料：工作总结、名册、登记表、推荐提名统计表")
  UnitMaterials.Materials materials(@PathVariable String electionId, @PathVariable String unitId) {
    read(electionId, unitId, OrganizationType.RECOMMENDING_UNIT);
    return materials.materials(electionId, unitId);
  }

  @GetMapping("/units/{unitId}/statistics")
  @Operation(summary = "推荐提名统计：参加的组织和党员、参与率、受教育率、名单结构")
  UnitMaterials.Statistics statistics(@PathVariable String electionId, @PathVariable String unitId) {
    read(electionId, unitId, OrganizationType.RECOMMENDING_UNIT);
    return materials.statistics(electionId, unitId);
  }

  // ---- a committee

  @GetMapping("/committees/{committeeId}/branches")
  @Operation(summary = "党委（党总支）所属各党支部的报送状态")
  List<BranchState> committeeBranches(@PathVariable String electionId, @PathVariable String committeeId) {
    read(electionId, committeeId, OrganizationType.COMMITTEE);
    return units.branchStates(electionId, committeeId);
  }

  @GetMapping("/committees/{committeeId}/ranking")
  @Operation(summary = "党委（党总支）范围内的人选排序（按推荐的党支部数、党员数）")
  List<RankedName> committeeRanking(@PathVariable String electionId, @PathVariable String committeeId) {
    read(electionId, committeeId, OrganizationType.COMMITTEE);
    return units.committeeRanking(electionId, committeeId);
  }

  @GetMapping("/committees/{committeeId}/meeting")
  @Operation(summary = "党委（党总支）会议遴选记录（当前的一份；没有时 204）")
  ResponseEntity<Meeting> committeeMeeting(@PathVariable String electionId, @PathVariable String committeeId) {
    read(electionId, committeeId, OrganizationType.COMMITTEE);
    return units.meeting(electionId, committeeId, MeetingKind.COMMITTEE_SELECTION).map(ResponseEntity::ok)
        .orElse(ResponseEntity.noContent().build());
  }

  @PutMapping("/committees/{committeeId}/meeting")
  @Operation(summary = "录入党委（党总支）会议遴选记录（待另一人确认）")
  Meeting recordCommitteeMeeting(@PathVariable String electionId, @PathVariable String committeeId,
                                 @RequestBody MeetingRequest request) {
    Viewer viewer = write(electionId, committeeId, OrganizationType.COMMITTEE);
    return units.recordCommitteeMeeting(electionId, committeeId, request.draft(), viewer.userId());
  }

  @PostMapping("/committees/{committeeId}/meeting/confirm")
  @Operation(summary = "确认党委（党总支）会议遴选记录（录入人以外的另一人）")
  Meeting confirmCommitteeMeeting(@PathVariable String electionId, @PathVariable String committeeId) {
    Viewer viewer = write(electionId, committeeId, OrganizationType.COMMITTEE);
    return units.confirm(electionId, committeeId, MeetingKind.COMMITTEE_SELECTION, viewer.userId());
  }

  @PostMapping("/committees/{committeeId}/meeting/reject")
  @Operation(summary = "退回党委（党总支）会议遴选记录（须说明理由）")
  Meeting rejectCommitteeMeeting(@PathVariable String electionId, @PathVariable String committeeId,
                                 @RequestBody RejectRequest request) {
    Viewer viewer = write(electionId, committeeId, OrganizationType.COMMITTEE);
    return units.reject(electionId, committeeId, MeetingKind.COMMITTEE_SELECTION, viewer.userId(),
        request == null ? null : request.reason());
  }

  // ---- access

  /** The organization, of the expected type and within the election's electoral unit, or 404. */
  private Organization organization(String electionId, String organizationId, OrganizationType type) {
    Election election = elections.get(electionId);
    Organization electoralUnit = organizations.get(election.electoralUnitId());
    return organizations.find(organizationId).filter(o -> o.type() == type && o.isWithin(electoralUnit.path()))
        .orElseThrow(() -> new NotFoundException(type.label() + " " + organizationId + " 不在选举 " + electionId + " 的范围内"));
  }

  /** Users of the organization and of the organizations above it read. */
  private Viewer read(String electionId, String organizationId, OrganizationType type) {
    Organization org = organization(electionId, organizationId, type);
    Viewer viewer = currentViewer.get();
    viewer.requireRead(org);
    return viewer;
  }

  /** Only users of the organization itself write (not those above, not the supervision group). */
  private Viewer write(String electionId, String organizationId, OrganizationType type) {
    Organization org = organization(electionId, organizationId, type);
    Viewer viewer = currentViewer.get();
    boolean own = viewer.organizations().stream().anyMatch(o -> o.id().equals(org.id()));
    if (!own || viewer.has(Role.SUPERVISION)) {
      throw new AccessDeniedException("只有" + org.name() + "（" + org.id() + "）的用户可以办理此事项");
    }
    return viewer;
  }
}
