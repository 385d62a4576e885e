package cn.congress.nomination.congress;

import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts a round from its ballots, one by one, under {@link BallotValidity}. Before counting, {@link #checkEntry} makes
 * sure the entry is what a pile of ballots can be: one ballot per returned ballot, numbered once each, a mark for every
 * candidate, a write-in only beside a candidate and at most one per line.
 */
public final class BallotCounter {
  private BallotCounter() {}

  public static final String RULE_BALLOTS_ADD_UP = "BALLOTS_ADD_UP";

  /** What is wrong with an entry of ballots (422), before any counting. */
  public static List<Violation> checkEntry(BallotForm form, int returned, List<Ballot> ballots) {
    List<Violation> v = new ArrayList<>();
    if (ballots.size() != returned) {
      v.add(Violation.of("ballots", RULE_BALLOTS_ADD_UP, "ballots：录入选票 " + ballots.size() + " 张，与收回选票 "
          + returned + " 张不符"));
    }
    Map<String, Integer> lines = form.lines();
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < ballots.size(); i++) {
      Ballot b = ballots.get(i);
      String field = "ballots[" + i + "]";
      if (b == null) {
        v.add(Violation.of(field, "REQUIRED", field + "：选票不能为空"));
        continue;
      }
      if (b.number() == null || b.number() < 1) {
        v.add(Violation.of(field + ".number", "BALLOT_NUMBER", field + "：选票编号须为正整数"));
      } else if (!numbers.add(b.number())) {
        v.add(Violation.of(field + ".number", "BALLOT_NUMBER_ONCE", field + "：选票编号 " + b.number() + " 重复"));
      }
      if (b.marks().size() != form.candidates().size() || b.marks().contains(null)) {
        v.add(Violation.of(field + ".marks", "MARK_PER_CANDIDATE", field + "：须对全部 " + form.candidates().size()
            + " 名候选人逐一录入赞成、不赞成或弃权"));
      }
      Set<String> writtenBeside = new HashSet<>();
      for (int k = 0; k < b.writeIns().size(); k++) {
        WriteIn w = b.writeIns().get(k);
        String wf = field + ".writeIns[" + k + "]";
        if (w == null || w.replaces() == null || !lines.containsKey(w.replaces())) {
          v.add(Violation.of(wf + ".replaces", "WRITE_IN_LINE", wf + "：另选他人须写在某一候选人一栏"));
        } else if (!writtenBeside.add(w.replaces())) {
          v.add(Violation.of(wf + ".replaces", "WRITE_IN_PER_LINE", wf + "：" + form.name(w.replaces())
              + "一栏只能另选一人"));
        }
        if (w != null && blank(w.memberId()) && blank(w.name())) {
          v.add(Violation.of(wf + ".name", "REQUIRED", wf + "：另选人姓名不能为空"));
        }
      }
    }
    return v;
  }

  /** The count of a checked entry. Eligibility of each person written in is asked once. */
  public static Tally count(BallotForm form, List<Ballot> ballots, WriteInEligibility eligibility) {
    WriteInEligibility cached = memoized(eligibility);
    int n = form.candidates().size();
    int[] votesFor = new int[n];
    int[] against = new int[n];
    int[] abstain = new int[n];
    Map<String, Integer> writeInVotes = new LinkedHashMap<>();
    Map<String, String> writeInNames = new HashMap<>();
    Map<String, Integer> lines = form.lines();
    List<BallotFinding> findings = new ArrayList<>();
    int valid = 0;
    List<BallotPolicy> ballotPolicies = BallotValidity.ballotPolicies();
    List<WriteInPolicy> writeInPolicies = BallotValidity.writeInPolicies();
    for (Ballot b : ballots) {
      Optional<BallotFinding> voiding = ballotPolicies.stream().map(p -> p.check(form, b)).flatMap(Optional::stream)
          .findFirst();
      if (voiding.isPresent()) {
        findings.add(voiding.get());
        continue;
      }
      valid++;
      List<Mark> marks = b.marks();
      for (int i = 0; i < n; i++) {
        switch (marks.get(i)) {
          case FOR -> votesFor[i]++;
          case AGAINST -> against[i]++;
          case ABSTAIN -> abstain[i]++;
        }
      }
      Set<String> counted = new HashSet<>();
      for (WriteIn w : b.writeIns()) {
        Mark lineMark = marks.get(lines.get(w.replaces()));
        String rule = writeInPolicies.stream().map(p -> p.check(form, lineMark, w, cached)).flatMap(Optional::stream)
            .findFirst().orElse(counted.contains(w.memberId()) ? "WRITE_IN_REPEATED" : null);
        if (rule != null) {
          findings.add(new BallotFinding(b.number(), rule, false,
              BallotValidity.message(rule, b.number(), w, form.name(w.replaces()), cached)));
          continue;
        }
        counted.add(w.memberId());
        writeInVotes.merge(w.memberId(), 1, Integer::sum);
        writeInNames.putIfAbsent(w.memberId(), w.name());
      }
    }
    List<CandidateVotes> candidates = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      candidates.add(new CandidateVotes(form.candidates().get(i).memberId(), votesFor[i], against[i], abstain[i]));
    }
    List<WriteInVotes> writeIns = new ArrayList<>();
    writeInVotes.forEach((id, votes) -> writeIns.add(new WriteInVotes(id, writeInNames.get(id), votes)));
    return new Tally(ballots.size(), valid, ballots.size() - valid, candidates, writeIns, findings);
  }

  static WriteInEligibility memoized(WriteInEligibility eligibility) {
    Map<String, Optional<String>> answers = new HashMap<>();
    return id -> answers.computeIfAbsent(id, eligibility::refuse);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
