package cn.congress.nomination.quota;

import java.util.List;

/** A candidate elected in every selection that meets the rules; without them the rules named cannot all be met. */
public record PivotalCandidate(String memberId, String name, List<String> ruleCodes, String message) {

  public PivotalCandidate {
    ruleCodes = List.copyOf(ruleCodes);
  }
}
