package cn.congress.nomination.congress;

import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A round counted on a tally sheet (计票单) rather than ballot by ballot: valid and invalid ballots, each candidate's
 * for / against / abstain on the valid ones, the votes of each person written in.
 */
public record SheetTotals(Integer valid, Integer invalid, List<CandidateVotes> candidates, List<WriteInVotes> writeIns) {

  public SheetTotals {
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
    writeIns = writeIns == null ? List.of() : List.copyOf(writeIns);
  }

  /** What a sheet cannot be (422): totals that do not add up to the returned ballots or to the valid ones. */
  public List<Violation> check(BallotForm form, int returned) {
    List<Violation> v = new ArrayList<>();
    if (valid == null || invalid == null || valid < 0 || invalid < 0) {
      v.add(Violation.of("valid", "REQUIRED", "valid/invalid：须填写有效票和无效票张数"));
      return v;
    }
    if (valid + invalid != returned) {
      v.add(Violation.of("valid", BallotCounter.RULE_BALLOTS_ADD_UP, "valid：有效票 " + valid + " 张、无效票 " + invalid
          + " 张，合计与收回选票 " + returned + " 张不符"));
    }
    Map<String, Integer> lines = form.lines();
    Set<String> seen = new HashSet<>();
    long chosen = 0;
    for (int i = 0; i < candidates.size(); i++) {
      CandidateVotes c = candidates.get(i);
      String field = "candidates[" + i + "]";
      if (c == null || c.memberId() == null || !lines.containsKey(c.memberId())) {
        v.add(Violation.of(field + ".memberId", "CANDIDATE_ON_BALLOT", field + "：不是本轮选票上的候选人"));
        continue;
      }
      if (!seen.add(c.memberId())) {
        v.add(Violation.of(field + ".memberId", "CANDIDATE_ONCE", field + "：" + form.name(c.memberId()) + "重复录入"));
        continue;
      }
      if (c.votesFor() == null || c.against() == null || c.abstain() == null
          || c.votesFor() < 0 || c.against() < 0 || c.abstain() < 0) {
        v.add(Violation.of(field, "REQUIRED", field + "：须填写" + form.name(c.memberId()) + "的赞成、不赞成、弃权票数"));
        continue;
      }
      if (c.votesFor() + c.against() + c.abstain() != valid) {
        v.add(Violation.of(field, "MARKS_ADD_UP", field + "：" + form.name(c.memberId()) + "的赞成 " + c.votesFor()
            + "、不赞成 " + c.against() + "、弃权 " + c.abstain() + "，合计不等于有效票 " + valid + " 张"));
      }
      chosen += c.votesFor();
    }
    if (seen.size() != lines.size()) {
      v.add(Violation.of("candidates", "MARK_PER_CANDIDATE", "candidates：须录入本轮全部 " + lines.size() + " 名候选人的票数"));
    }
    for (int i = 0; i < writeIns.size(); i++) {
      WriteInVotes w = writeIns.get(i);
      String field = "writeIns[" + i + "]";
      if (w == null || w.votes() == null || w.votes() < 1 || ((w.memberId() == null || w.memberId().isBlank())
          && (w.name() == null || w.name().isBlank()))) {
        v.add(Violation.of(field, "REQUIRED", field + "：须填写另选人姓名及票数（至少 1 票）"));
        continue;
      }
      if (w.votes() > valid) {
        v.add(Violation.of(field + ".votes", "WITHIN_VALID", field + "：另选“" + w.name() + "”" + w.votes()
            + " 票，多于有效票 " + valid + " 张"));
      }
      chosen += w.votes();
    }
    if (chosen > (long) valid * form.seats()) {
      v.add(Violation.of("candidates", "FOR_WITHIN_SEATS", "candidates：赞成票与另选票合计 " + chosen + "，多于有效票 "
          + valid + " 张 × 应选 " + form.seats() + " 名"));
    }
    return v;
  }

  /** The count of a checked sheet: the write-ins that may not count are left out, each with a finding. */
  public Tally toTally(BallotForm form, WriteInEligibility eligibility) {
    WriteInEligibility cached = BallotCounter.memoized(eligibility);
    List<BallotFinding> findings = new ArrayList<>();
    List<WriteInVotes> counted = new ArrayList<>();
    Map<String, Integer> lines = form.lines();
    for (WriteInVotes w : writeIns) {
      WriteIn as = new WriteIn(null, w.memberId(), w.name());
      String rule = !form.writeInsAllowed() ? "WRITE_INS_NOT_ALLOWED"
          : w.memberId() == null || w.memberId().isBlank() ? "WRITE_IN_UNIDENTIFIED"
          : lines.containsKey(w.memberId()) ? "WRITE_IN_ON_BALLOT"
          : cached.refuse(w.memberId()).isPresent() ? "WRITE_IN_INELIGIBLE" : null;
      if (rule == null) {
        counted.add(w);
      } else {
        findings.add(new BallotFinding(null, rule, false, BallotValidity.message(rule, null, as, "", cached)
            + "（" + w.votes() + " 票）"));
      }
    }
    List<CandidateVotes> inOrder = form.candidates().stream()
        .map(f -> candidates.stream().filter(c -> c.memberId().equals(f.memberId())).findFirst().orElseThrow())
        .toList();
    return new Tally(valid + invalid, valid, invalid, inOrder, counted, findings);
  }
}
