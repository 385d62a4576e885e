package cn.congress.nomination.dashboard;

import cn.congress.nomination.calendar.WorkingDayCalendar;
import cn.congress.nomination.campaign.CampaignService;
import cn.congress.nomination.campaign.CampaignState;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.election.ScheduleStep;
import cn.congress.nomination.fanout.FanOutIds;
import cn.congress.nomination.fanout.FanOuts;
import cn.congress.nomination.fanout.LateChild;
import cn.congress.nomination.nomination.unit.UnitLists;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.report.CompositionService;
import cn.congress.nomination.report.ParticipationReport;
import cn.congress.nomination.report.ReportAccess;
import cn.congress.nomination.report.ReportList;
import cn.congress.nomination.report.ReportLists;
import cn.congress.nomination.report.RoundChanges;
import cn.congress.nomination.security.Viewer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign at a glance, for the levels that run and supervise it: each unit's and branch's progress in the
 * nomination round (done, late after the deadline, sent back, in progress), the deadlines ahead, the current list's
 * composition against the structure rules, participation, and the changes between rounds. Counts are grouped in the
 * database, one query per unit (never every branch of the district in memory). Each level sees its own subtree only.
 */
@Service
public class DashboardService {

  private final Elections elections;
  private final Organizations organizations;
  private final FanOuts fanOuts;
  private final UnitLists unitLists;
  private final CampaignService campaigns;
  private final ReportLists lists;
  private final CompositionService compositions;
  private final ParticipationReport participation;
  private final RoundChanges changes;
  private final ReportAccess access;
  private final JdbcClient jdbc;

  DashboardService(Elections elections, Organizations organizations, FanOuts fanOuts, UnitLists unitLists,
                   CampaignService campaigns, ReportLists lists, CompositionService compositions,
                   ParticipationReport participation, RoundChanges changes, ReportAccess access, JdbcClient jdbc) {
    this.elections = elections;
    this.organizations = organizations;
    this.fanOuts = fanOuts;
    this.unitLists = unitLists;
    this.campaigns = campaigns;
    this.lists = lists;
    this.compositions = compositions;
    this.participation = participation;
    this.changes = changes;
    this.access = access;
    this.jdbc = jdbc;
  }

  static LocalDate today() {
    return LocalDate.now(WorkingDayCalendar.BEIJING);
  }

  /** The elections the viewer may open: the electoral unit's view at or above it, a unit's view inside it. */
  @Transactional(readOnly = true)
  public List<DashboardView.Entry> entries(Viewer viewer) {
    List<DashboardView.Entry> entries = new ArrayList<>();
    List<Map.Entry<String, String>> all = jdbc.sql("select id, electoral_unit_id from election order by id")
        .query((rs, n) -> Map.entry(rs.getString("id"), rs.getString("electoral_unit_id"))).list();
    for (Map.Entry<String, String> e : all) {
      Organization unit = organizations.get(e.getValue());
      String name = elections.get(e.getKey()).name();
      if (viewer.canRead(unit)) {
        entries.add(new DashboardView.Entry(e.getKey(), name, "ELECTORAL_UNIT", unit.id(), unit.name()));
        continue;
      }
      viewer.organizations().stream()
          .filter(o -> o.type() == OrganizationType.RECOMMENDING_UNIT && o.isWithin(unit.path()))
          .forEach(o -> entries.add(new DashboardView.Entry(e.getKey(), name, "UNIT", o.id(), o.name())));
    }
    return entries;
  }

  @Transactional(readOnly = true)
  public DashboardView.ElectoralUnit electoralUnit(String electionId, Viewer viewer) {
    Election election = elections.get(electionId);
    Organization district = access.requireRead(viewer, election.electoralUnitId());
    LocalDate today = today();
    CampaignState campaign = campaigns.read(electionId, viewer);
    Set<String> open = fanOuts.status(FanOutIds.units(electionId)).isPresent()
        ? fanOuts.lateWithNames(FanOutIds.units(electionId)).stream().map(LateChild::organizationId)
            .collect(Collectors.toSet())
        : null;
    List<DashboardView.UnitProgress> units = new ArrayList<>();
    Map<String, Long> branchTotals = emptyCounts();
    for (Organization unit : organizations.children(district.id())) {
      if (unit.type() != OrganizationType.RECOMMENDING_UNIT) continue;
      Map<String, Long> b = branchCounts(election, unit, today);
      units.add(unitProgress(election, unit, b, open, today));
      b.forEach((k, v) -> branchTotals.merge(k, v, Long::sum));
    }
    Map<String, Long> byStatus = emptyCounts();
    units.forEach(u -> byStatus.merge(u.status(), 1L, Long::sum));
    return new DashboardView.ElectoralUnit(info(election, district), today, campaign.status(),
        campaign.activities().stream().map(a -> a.name() == null ? a.id() : a.name()).distinct().toList(),
        deadlines(election, today), units, byStatus, branchTotals, currentList(lists.current(electionId)),
        participation.of(electionId, district.id()).total(), changes.of(electionId));
  }

  @Transactional(readOnly = true)
  public DashboardView.Unit unit(String electionId, String unitId, Viewer viewer) {
    Election election = elections.get(electionId);
    Organization unit = access.requireRead(viewer, unitId);
    Organization district = organizations.get(election.electoralUnitId());
    LocalDate today = today();
    Set<String> open = fanOuts.status(FanOutIds.units(electionId)).isPresent()
        ? Set.copyOf(fanOuts.late(FanOutIds.units(electionId))) : null;
    Optional<LocalDate> due = election.deadline(ScheduleStep.BRANCH_NOMINATION);
    List<DashboardView.BranchProgress> branches = jdbc.sql("select o.id, o.name, s.status, s.submitted_at, "
            + "s.sent_back_reason from organization o left join branch_submission s on s.branch_id = o.id "
            + "and s.election_id = ? where o.type = 'BRANCH' and o.path like ? order by o.path")
        .params(electionId, like(unit.path()))
        .query((rs, n) -> {
          Progress p = branchProgress(rs.getString("status"), due, today);
          var at = rs.getTimestamp("submitted_at");
          return new DashboardView.BranchProgress(rs.getString("id"), rs.getString("name"), p.name(), p.label(),
              p == Progress.SENT_BACK ? rs.getString("sent_back_reason") : null, at == null ? null
                  : at.toInstant().atZone(WorkingDayCalendar.BEIJING).toLocalDateTime().toString());
        }).list();
    Map<String, Long> byStatus = emptyCounts();
    branches.forEach(b -> byStatus.merge(b.status(), 1L, Long::sum));
    return new DashboardView.Unit(info(election, district), today,
        unitProgress(election, unit, branchCounts(election, unit, today), open, today),
        deadlines(election, today), branches, byStatus, currentList(lists.ofUnit(electionId, unitId)),
        participation.of(electionId, unitId));
  }

  private DashboardView.UnitProgress unitProgress(Election election, Organization unit, Map<String, Long> b,
                                                  Set<String> open, LocalDate today) {
    Optional<UnitLists.UnitList> list = unitLists.find(election.id(), unit.id());
    Progress p;
    String reason = null;
    if (list.isPresent() && "RETURNED".equals(list.get().status())) {
      p = Progress.SENT_BACK;
      reason = list.get().returnedReason();
    } else if (open == null) {
      p = Progress.NOT_STARTED;
    } else if (!open.contains(unit.id())) {
      p = Progress.DONE;
    } else {
      p = passed(election.deadline(ScheduleStep.NOMINATION), today) ? Progress.LATE : Progress.IN_PROGRESS;
    }
    long total = b.values().stream().mapToLong(Long::longValue).sum();
    return new DashboardView.UnitProgress(unit.id(), unit.name(), p.name(), p.label(), reason, total,
        b.get(Progress.DONE.name()), b.get(Progress.SENT_BACK.name()), b.get(Progress.LATE.name()));
  }

  /** The unit's branches by progress: one grouped query. */
  private Map<String, Long> branchCounts(Election election, Organization unit, LocalDate today) {
    Optional<LocalDate> due = election.deadline(ScheduleStep.BRANCH_NOMINATION);
    Map<String, Long> counts = emptyCounts();
    jdbc.sql("select s.status, count(*) as n from organization o left join branch_submission s on s.branch_id = o.id "
            + "and s.election_id = ? where o.type = 'BRANCH' and o.path like ? group by s.status")
        .params(election.id(), like(unit.path()))
        .query((rs, n) -> Map.entry(branchProgress(rs.getString("status"), due, today), rs.getLong("n")))
        .list().forEach(e -> counts.merge(e.getKey().name(), e.getValue(), Long::sum));
    return counts;
  }

  private static Progress branchProgress(String status, Optional<LocalDate> due, LocalDate today) {
    if ("SUBMITTED".equals(status)) return Progress.DONE;
    if ("SENT_BACK".equals(status)) return Progress.SENT_BACK;
    return passed(due, today) ? Progress.LATE : Progress.IN_PROGRESS;
  }

  private static boolean passed(Optional<LocalDate> due, LocalDate today) {
    return due.isPresent() && today.isAfter(due.get());
  }

  private static Map<String, Long> emptyCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Progress p : Progress.values()) counts.put(p.name(), 0L);
    return counts;
  }

  private List<DashboardView.Deadline> deadlines(Election election, LocalDate today) {
    Map<ScheduleStep, LocalDate> byStep = new EnumMap<>(ScheduleStep.class);
    election.schedule().forEach(d -> byStep.put(d.step(), d.dueOn()));
    List<DashboardView.Deadline> deadlines = new ArrayList<>();
    byStep.forEach((step, due) -> deadlines.add(new DashboardView.Deadline(step.name(), step.label(), due,
        ChronoUnit.DAYS.between(today, due), today.isAfter(due))));
    return deadlines;
  }

  private DashboardView.CurrentList currentList(ReportList list) {
    return new DashboardView.CurrentList(list.stage().name(), list.stage().label(), compositions.of(list));
  }

  private static DashboardView.ElectionInfo info(Election e, Organization district) {
    return new DashboardView.ElectionInfo(e.id(), e.name(), e.congressName(), e.electionDate(), e.seats(),
        district.id(), district.name());
  }

  private static String like(String path) {
    return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
