package cn.congress.nomination.report;

import cn.congress.nomination.candidate.CandidateRemovals;
import cn.congress.nomination.candidate.Removal;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.nomination.targets.InspectionTargets;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.Members;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who was added to or dropped from a list between two rounds, with the recorded reason: the standing committee's
 * changes of the inspection targets against its proposal (target_change), and every name taken off the campaign at any
 * stage (candidate_removal). {@link #between} compares any two lists, for the later stages' rounds.
 */
@Service
public class RoundChanges {

  public record Change(String memberId, String name, Stage stage, String kind, String kindLabel, String reason) {}

  private final InspectionTargets targets;
  private final CandidateRemovals removals;
  private final Members members;

  RoundChanges(InspectionTargets targets, CandidateRemovals removals, Members members) {
    this.targets = targets;
    this.removals = removals;
    this.members = members;
  }

  @Transactional(readOnly = true)
  public List<Change> of(String electionId) {
    List<Change> changes = new ArrayList<>();
    targets.changes(electionId).forEach((id, change) -> changes.add(change(id, Stage.INSPECTION, change[0],
        change[1])));
    for (Removal r : removals.all(electionId)) changes.add(change(r.memberId(), r.stage(), "TAKEN_OFF", r.reason()));
    return changes;
  }

  /** Names in {@code after} not in {@code before} (ADDED) and the reverse (REMOVED), each with its given reason. */
  public List<Change> between(Stage stage, List<String> before, List<String> after, Map<String, String> reasons) {
    Set<String> was = new HashSet<>(before);
    Set<String> is = new HashSet<>(after);
    List<Change> changes = new ArrayList<>();
    after.stream().filter(id -> !was.contains(id)).forEach(id -> changes.add(change(id, stage, "ADDED", reasons.get(id))));
    before.stream().filter(id -> !is.contains(id)).forEach(id -> changes.add(change(id, stage, "REMOVED", reasons.get(id))));
    return changes;
  }

  private Change change(String memberId, Stage stage, String kind, String reason) {
    String label = switch (kind) {
      case "ADDED" -> "增加";
      case "REMOVED" -> "调整出";
      default -> "取消资格";
    };
    return new Change(memberId, members.find(memberId).map(Member::name).orElse(memberId), stage, kind, label, reason);
  }
}
