package cn.congress.nomination.congress;

import java.util.List;
import java.util.Optional;

/**
 * The count of one round: ballots counted (= returned), valid and invalid, each candidate's votes on the valid ballots,
 * the write-ins that count, and what counting found (void ballots, write-ins not counted).
 */
public record Tally(int counted, int valid, int invalid, List<CandidateVotes> candidates, List<WriteInVotes> writeIns,
                    List<BallotFinding> findings) {

  public Tally {
    candidates = List.copyOf(candidates);
    writeIns = List.copyOf(writeIns);
    findings = List.copyOf(findings);
  }

  public Optional<CandidateVotes> of(String memberId) {
    return candidates.stream().filter(c -> c.memberId().equals(memberId)).findFirst();
  }
}
