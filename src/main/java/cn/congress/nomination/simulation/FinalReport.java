package cn.congress.nomination.simulation;

import cn.congress.nomination.election.RuleResult;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.report.Composition;
import cn.congress.nomination.report.CompositionService;
import cn.congress.nomination.report.Participation;
import cn.congress.nomination.report.ParticipationReport;
import cn.congress.nomination.report.Percent;
import cn.congress.nomination.report.ReportLists;
import org.springframework.stereotype.Component;

/**
 * The structure and statistics report a real campaign ends with, from the report services: the composition of each
 * stage's list (figures and the election's structure rules) and the participation of the recommending units.
 */
@Component
class FinalReport {

  private final ReportLists lists;
  private final CompositionService compositions;
  private final ParticipationReport participation;

  FinalReport(ReportLists lists, CompositionService compositions, ParticipationReport participation) {
    this.lists = lists;
    this.compositions = compositions;
    this.participation = participation;
  }

  String render(String electionId, String electoralUnitId) {
    StringBuilder out = new StringBuilder("Structure and statistics (report services)\n");
    for (Stage stage : Stage.values()) {
      Composition c = compositions.of(lists.ofStage(electionId, stage));
      if (c.total() == 0) {
        // a run stopped early (--through round-one): a stage not reached has no list to measure against the rules
        out.append("  %s (%s): no list, the run did not reach this stage%n".formatted(stage.label(), stage));
        continue;
      }
      out.append("  %s (%s): %d names, average age %s, %d minority groups, structure rules %s%n".formatted(
          stage.label(), stage, c.total(), c.averageAge(), c.ethnicGroups(), c.allRulesMet() ? "all met" : "NOT all met"));
      for (Composition.Figure f : c.figures()) {
        out.append("    %-28s %5d of %5d  %s%n".formatted(f.label(), f.count(), f.of(), Percent.text(f.percent())));
      }
      for (RuleResult r : c.rules()) {
        out.append("    rule %-24s %s %s%n".formatted(r.code(), r.met() ? "met    " : "NOT MET", r.requirement()));
      }
    }
    Participation p = participation.of(electionId, electoralUnitId);
    Participation.Row t = p.total();
    out.append("  Participation: %d of %d branches (%s), %d of %d members (%s), educated %d (%s)%n".formatted(
        t.branchesTakingPart(), t.branches(), Percent.text(t.branchParticipationPercent()), t.membersTakingPart(),
        t.expectedMembers(), Percent.text(t.memberParticipationPercent()), t.membersEducated(),
        Percent.text(t.educationPercent())));
    out.append("    by channel: ").append(t.membersByChannel()).append('\n');
    return out.toString();
  }
}
