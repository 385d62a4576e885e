package cn.congress.nomination.nomination.unit;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.ElectionIdentities;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.election.IdentityCategory;
import cn.congress.nomination.meeting.Meeting;
import cn.congress.nomination.meeting.MeetingKind;
import cn.congress.nomination.meeting.MeetingRecords;
import cn.congress.nomination.meeting.MeetingStatus;
import cn.congress.nomination.nomination.ParticipationChannel;
import cn.congress.nomination.nomination.branch.BranchSubmissions;
import cn.congress.nomination.nomination.branch.ParticipationTotals;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.Organizations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The materials a unit files with its list, generated from the data: the roster (名册), a registration form (登记表) per
 * name and the nomination statistics (统计表) — organizations and members taking part, by channel, participation and
 * education rates — with the work summary (工作总结) the unit wrote. Before filing, the names are the unit meeting's
 * confirmed selection (a preview for the filing form).
 */
@Service
public class UnitMaterials {

  private final UnitLists lists;
  private final MeetingRecords meetings;
  private final Members members;
  private final Organizations organizations;
  private final Elections elections;
  private final ElectionIdentities identities;
  private final BranchSubmissions branches;

  UnitMaterials(UnitLists lists, MeetingRecords meetings, Members members, Organizations organizations,
                Elections elections, ElectionIdentities identities, BranchSubmissions branches) {
    this.lists = lists;
    this.meetings = meetings;
    this.members = members;
    this.organizations = organizations;
    this.elections = elections;
    this.identities = identities;
    this.branches = branches;
  }

  public record RosterRow(int rank, String memberId, String name, String gender, String ethnicity, LocalDate birthDate,
                          int ageAtElection, String education, String organization, String cadreLevel,
                          String identityCategory, String identityCategoryName, String occupation, String honour) {}

  public record Registration(int rank, String memberId, String name, String gender, String ethnicity,
                             LocalDate birthDate, int ageAtElection, LocalDate joinedOn, String membership,
                             String education, String unitType, String sector, String organization,
                             String cadreLevel, String occupation, String honourLevel, String honour,
                             String identityCategory, String identityCategoryName, int branchesBacking,
                             int membersBacking, Integer meetingVotes) {}

  public record Statistics(long branches, long branchesTakingPart, BigDecimal branchParticipationPercent,
                           long expectedMembers, long membersTakingPart, Map<ParticipationChannel, Long> membersByChannel,
                           BigDecimal memberParticipationPercent, long membersEducated, BigDecimal educationPercent,
                           int names, Map<String, Long> namesByIdentityCategory) {}

  public record Materials(String unitId, String unitName, String status, String workSummary, List<RosterRow> roster,
                          List<Registration> registrations, Statistics statistics) {}

  private record Line(int rank, String memberId, String category, int branches, int members, Integer votes) {}

  public Materials materials(String electionId, String unitId) {
    Election election = elections.get(electionId);
    Organization unit = organizations.get(unitId);
    Optional<UnitLists.UnitList> filed = lists.find(electionId, unitId).filter(l -> UnitLists.FILED.equals(l.status()));
    Optional<Meeting> meeting = meetings.current(electionId, unitId, MeetingKind.UNIT_SELECTION)
        .filter(m -> m.status() == MeetingStatus.CONFIRMED);
    List<Line> lines = lines(electionId, filed, meeting);
    Map<String, Organization> orgCache = new LinkedHashMap<>();
    List<RosterRow> roster = new ArrayList<>();
    List<Registration> registrations = new ArrayList<>();
    Map<String, Long> byCategory = new LinkedHashMap<>();
    for (Line line : lines) {
      Optional<Member> found = members.find(line.memberId());
      if (found.isEmpty()) continue;
      Member m = found.get();
      String orgName = orgCache.computeIfAbsent(m.organizationId(), organizations::get).name();
      String categoryName = line.category() == null ? null
          : election.category(line.category()).map(IdentityCategory::name).orElse(line.category());
      int age = m.ageOn(election.electionDate());
      roster.add(new RosterRow(line.rank(), m.id(), m.name(), m.gender().name(), m.ethnicity(), m.birthDate(), age,
          m.education().name(), orgName, m.cadreLevel().name(), line.category(), categoryName, m.occupation().name(),
          m.honour()));
      registrations.add(new Registration(line.rank(), m.id(), m.name(), m.gender().name(), m.ethnicity(), m.birthDate(),
          age, m.joinedOn(), m.membership().name(), m.education().name(), m.unitType().name(), m.sector(), orgName,
          m.cadreLevel().name(), m.occupation().name(), m.honourLevel().name(), m.honour(), line.category(),
          categoryName, line.branches(), line.members(), line.votes()));
      byCategory.merge(line.category() == null ? "UNASSIGNED" : line.category(), 1L, Long::sum);
    }
    return new Materials(unitId, unit.name(), filed.isPresent() ? UnitLists.FILED : meeting.isPresent() ? "SELECTED"
        : "OPEN", filed.map(UnitLists.UnitList::workSummary).orElse(null), roster, registrations,
        statistics(electionId, unit, lines.size(), byCategory));
  }

  public Statistics statistics(String electionId, String unitId) {
    return materials(electionId, unitId).statistics();
  }

  private Statistics statistics(String electionId, Organization unit, int names, Map<String, Long> byCategory) {
    ParticipationTotals t = branches.totals(electionId, unit.path());
    if (t == null) t = new ParticipationTotals(0, 0, 0, 0, Map.of(), 0);
    return new Statistics(t.branches(), t.branchesTakingPart(), percent(t.branchesTakingPart(), t.branches()),
        t.expectedMembers(), t.membersTakingPart(), t.membersByChannel() == null ? Map.of() : t.membersByChannel(),
        percent(t.membersTakingPart(), t.expectedMembers()), t.membersEducated(),
        percent(t.membersEducated(), t.expectedMembers()), names, byCategory);
  }

  private List<Line> lines(String electionId, Optional<UnitLists.UnitList> filed, Optional<Meeting> meeting) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    meeting.ifPresent(m -> m.votes().forEach(v -> votes.put(v.memberId(), v.votes())));
    if (filed.isPresent()) {
      return filed.get().names().stream().map(n -> new Line(n.rank(), n.memberId(), n.identityCategory(), n.branches(),
          n.members(), votes.get(n.memberId()))).toList();
    }
    if (meeting.isEmpty()) return List.of();
    List<Meeting.Vote> selected = meeting.get().votes().stream().filter(Meeting.Vote::selected).toList();
    Map<String, String> categories = identities.categoriesOf(electionId,
        selected.stream().map(Meeting.Vote::memberId).toList());
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < selected.size(); i++) {
      Meeting.Vote v = selected.get(i);
      lines.add(new Line(i + 1, v.memberId(), categories.get(v.memberId()), v.branches(), v.members(), v.votes()));
    }
    return lines;
  }

  /** count / whole in percent to one decimal, half up; null when nothing is expected. */
  static BigDecimal percent(long count, long whole) {
    if (whole <= 0) return null;
    return BigDecimal.valueOf(100L * count).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
