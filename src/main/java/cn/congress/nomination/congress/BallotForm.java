package cn.congress.nomination.congress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ballot of one round as printed: its candidates in stroke order, the seats it fills and whether names may be
 * written in. The rules of validity and counting read it.
 */
public record BallotForm(List<FormalCandidate> candidates, int seats, boolean writeInsAllowed) {

  public BallotForm {
    candidates = List.copyOf(candidates);
  }

  /** Line of each candidate on the ballot. */
  Map<String, Integer> lines() {
    Map<String, Integer> lines = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) lines.put(candidates.get(i).memberId(), i);
    return lines;
  }

  String name(String memberId) {
    return candidates.stream().filter(c -> c.memberId().equals(memberId)).map(FormalCandidate::name).findFirst()
        .orElse(memberId);
  }
}
