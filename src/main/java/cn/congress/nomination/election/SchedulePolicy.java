package cn.congress.nomination.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The schedule: one deadline per step, in the steps' order; the election day falls between its neighbours. */
final class SchedulePolicy implements ElectionPolicy {

  private record Entry(int index, ScheduleStep step, LocalDate dueOn) {}

  @Override
  public void check(ElectionConfig c, ValidationContext context, Violations v) {
    List<Deadline> schedule = c.schedule();
    Set<ScheduleStep> seen = EnumSet.noneOf(ScheduleStep.class);
    List<Entry> valid = new ArrayList<>();
    for (int i = 0; i < schedule.size(); i++) {
      Deadline d = schedule.get(i);
      String path = "schedule[" + i + "]";
      boolean complete = v.require(d.step(), path + ".step", "工作步骤") & v.require(d.dueOn(), path + ".dueOn", "截止日期");
      if (d.step() != null && !seen.add(d.step())) {
        v.add(path + ".step", "DUPLICATE_STEP", path + ".step：步骤 " + d.step().label() + " 重复");
      } else if (complete) {
        valid.add(new Entry(i, d.step(), d.dueOn()));
      }
    }
    valid.sort(Comparator.comparing(Entry::step));
    for (int k = 1; k < valid.size(); k++) {
      Entry before = valid.get(k - 1);
      Entry after = valid.get(k);
      if (after.dueOn().isBefore(before.dueOn())) {
        v.add("schedule[" + after.index() + "].dueOn", "DEADLINE_ORDER", "schedule[" + after.index() + "].dueOn："
            + after.step().label() + "的截止日期" + after.dueOn() + "早于前一步骤" + before.step().label() + "的截止日期"
            + before.dueOn());
      }
    }
    if (c.electionDate() == null) return;
    for (Entry e : valid) {
      if (e.step() == ScheduleStep.ELECTION && c.electionDate().isAfter(e.dueOn())) {
        v.add("electionDate", "ELECTION_DATE_AFTER_DEADLINE",
            "electionDate：选举日期" + c.electionDate() + "晚于" + e.step().label() + "的截止日期" + e.dueOn());
      }
      if (e.step() == ScheduleStep.PRELIMINARY_CANDIDATES && !c.electionDate().isAfter(e.dueOn())) {
        v.add("electionDate", "ELECTION_DATE_BEFORE_CANDIDATES",
            "electionDate：选举日期" + c.electionDate() + "不晚于" + e.step().label() + "的截止日期" + e.dueOn());
      }
    }
  }
}
