package cn.congress.nomination.report;

import cn.congress.nomination.candidate.CandidateRemovals;
import cn.congress.nomination.candidate.StageRoster;
import cn.congress.nomination.candidate.StageRosters;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.ElectionIdentities;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.election.IdentityCategory;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.nomination.unit.UnitLists;
import cn.congress.nomination.nomination.unit.UnitMaterials;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the lists the reports are made of and the people on them. A stage's list is what its {@link StageRoster} bean
 * holds (the inspection targets today; the initial and preliminary candidates and the elected once their stages
 * provide a roster), the recommended names are every recommending unit's filed list; a unit's list is its filed (or
 * confirmed) selection. Names taken off the campaign ({@link CandidateRemovals}) are left out of every list.
 */
@Service
public class ReportLists {

  private final Elections elections;
  private final Organizations organizations;
  private final Members members;
  private final ElectionIdentities identities;
  private final UnitLists unitLists;
  private final UnitMaterials unitMaterials;
  private final StageRosters rosters;
  private final CandidateRemovals removals;

  ReportLists(Elections elections, Organizations organizations, Members members, ElectionIdentities identities,
              UnitLists unitLists, UnitMaterials unitMaterials, StageRosters rosters, CandidateRemovals removals) {
    this.elections = elections;
    this.organizations = organizations;
    this.members = members;
    this.identities = identities;
    this.unitLists = unitLists;
    this.unitMaterials = unitMaterials;
    this.rosters = rosters;
    this.removals = removals;
  }

  /** The stage's current list for the whole electoral unit (empty while the stage has decided none). */
  @Transactional(readOnly = true)
  public ReportList ofStage(String electionId, Stage stage) {
    Election election = elections.get(electionId);
    List<String> ids = new ArrayList<>();
    Map<String, String> filed = new HashMap<>();
    // the category a unit filed a name under stands where the identity definition has none
    for (UnitLists.FiledName n : unitLists.pool(electionId)) {
      if (stage == Stage.RECOMMENDATION && !filed.containsKey(n.memberId())) ids.add(n.memberId());
      filed.putIfAbsent(n.memberId(), n.identityCategory());
    }
    if (stage != Stage.RECOMMENDATION) rosters.of(stage).ifPresent(r -> ids.addAll(r.memberIds(electionId)));
    return new ReportList(electionId, stage, election.electoralUnitId(), stage.label() + "名册",
        removals.remaining(electionId, ids), filed);
  }

  /** The latest stage that holds a list, or the recommended names (possibly none yet). */
  @Transactional(readOnly = true)
  public ReportList current(String electionId) {
    for (int i = Stage.values().length - 1; i > 0; i--) {
      Stage stage = Stage.values()[i];
      if (rosters.of(stage).isEmpty()) continue;
      ReportList list = ofStage(electionId, stage);
      if (!list.memberIds().isEmpty()) return list;
    }
    return ofStage(electionId, Stage.RECOMMENDATION);
  }

  /** A recommending unit's own list: its filed list, or before filing the selection its meeting confirmed. */
  @Transactional(readOnly = true)
  public ReportList ofUnit(String electionId, String unitId) {
    elections.get(electionId);
    Organization unit = organizations.get(unitId);
    UnitMaterials.Materials materials = unitMaterials.materials(electionId, unitId);
    Map<String, String> filed = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (UnitMaterials.RosterRow row : materials.roster()) {
      ids.add(row.memberId());
      if (row.identityCategory() != null) filed.put(row.memberId(), row.identityCategory());
    }
    return new ReportList(electionId, Stage.RECOMMENDATION, unitId, unit.name() + "推荐人选名册",
        removals.remaining(electionId, ids), filed);
  }

  /** A list given by its stage (a later stage's list before it has a roster of its own, or any selection). */
  @Transactional(readOnly = true)
  public ReportList given(String electionId, Stage stage, String title, List<String> memberIds) {
    Election election = elections.get(electionId);
    List<Violation> violations = new ArrayList<>();
    if (stage == null) violations.add(Violation.of("stage", "REQUIRED", "stage：须注明名单所处阶段"));
    if (memberIds == null || memberIds.isEmpty()) {
      violations.add(Violation.of("memberIds", "REQUIRED", "memberIds：名单不能为空"));
    } else {
      for (String id : memberIds) {
        if (id == null || members.find(id).isEmpty()) {
          violations.add(Violation.of("memberIds", "MEMBER_EXISTS", "memberIds：党员 " + id + " 不存在"));
        }
      }
      if (memberIds.stream().distinct().count() != memberIds.size()) {
        violations.add(Violation.of("memberIds", "DISTINCT", "memberIds：名单中有重复的党员"));
      }
    }
    if (!violations.isEmpty()) throw new ValidationException("名单无法生成材料", violations);
    String name = title == null || title.isBlank() ? stage.label() + "名册" : title.trim();
    Map<String, String> filed = new HashMap<>();
    unitLists.pool(electionId).forEach(n -> filed.putIfAbsent(n.memberId(), n.identityCategory()));
    return new ReportList(electionId, stage, election.electoralUnitId(), name,
        removals.remaining(electionId, memberIds), filed);
  }

  /** The people of the list, in its order, with their identity in the election and their organization's name. */
  @Transactional(readOnly = true)
  public List<ListedPerson> people(ReportList list) {
    Election election = elections.get(list.electionId());
    Map<String, String> assigned = identities.categoriesOf(list.electionId(), list.memberIds());
    Map<String, String> orgNames = new LinkedHashMap<>();
    List<ListedPerson> people = new ArrayList<>();
    int rank = 0;
    for (String id : list.memberIds()) {
      Optional<Member> found = members.find(id);
      if (found.isEmpty()) continue;
      Member m = found.get();
      String category = assigned.getOrDefault(id, list.filedCategories().get(id));
      String categoryName = category == null ? null
          : election.category(category).map(IdentityCategory::name).orElse(category);
      String orgName = orgNames.computeIfAbsent(m.organizationId(),
          o -> organizations.find(o).map(Organization::name).orElse(o));
      people.add(new ListedPerson(++rank, m, category, categoryName, orgName));
    }
    return people;
  }

  Election election(String electionId) {
    return elections.get(electionId);
  }
}
