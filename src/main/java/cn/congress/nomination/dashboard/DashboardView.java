package cn.congress.nomination.dashboard;

import cn.congress.nomination.report.Composition;
import cn.congress.nomination.report.Participation;
import cn.congress.nomination.report.RoundChanges;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the dashboard shows, as JSON: the electoral unit's view and a recommending unit's view. */
public final class DashboardView {
  private DashboardView() {}

  /** An election the viewer may open, and at which level (the electoral unit's whole view, or one unit's). */
  public record Entry(String electionId, String name, String scope, String organizationId, String organizationName) {}

  public record ElectionInfo(String id, String name, String congressName, LocalDate electionDate, int seats,
                             String electoralUnitId, String electoralUnitName) {}

  public record Deadline(String step, String label, LocalDate dueOn, long daysLeft, boolean passed) {}

  /** A unit (or branch) and where it stands: DONE, LATE, SENT_BACK, IN_PROGRESS or NOT_STARTED, with a Chinese label. */
  public record UnitProgress(String id, String name, String status, String statusLabel, String reason,
                             long branches, long branchesSubmitted, long branchesSentBack, long branchesLate) {}

  public record BranchProgress(String id, String name, String status, String statusLabel, String reason,
                               String submittedAt) {}

  /** The list the campaign currently holds, its composition against the structure rules. */
  public record CurrentList(String stage, String stageLabel, Composition composition) {}

  public record ElectoralUnit(ElectionInfo election, LocalDate today, String campaignStatus, List<String> activities,
                              List<Deadline> deadlines, List<UnitProgress> units, Map<String, Long> unitsByStatus,
                              Map<String, Long> branchesByStatus, CurrentList currentList,
                              Participation.Row participation, List<RoundChanges.Change> changes) {}

  public record Unit(ElectionInfo election, LocalDate today, UnitProgress unit, List<Deadline> deadlines,
                     List<BranchProgress> branches, Map<String, Long> branchesByStatus, CurrentList currentList,
                     Participation participation) {}
}
