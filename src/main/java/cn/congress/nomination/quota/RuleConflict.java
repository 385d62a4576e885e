package cn.congress.nomination.quota;

import java.util.List;

/**
 * Rules that cannot be met together by any choice from the slate, with a Chinese message naming them. A single code
 * when one rule alone is short; no code when the slate has fewer names than seats.
 */
public record RuleConflict(List<String> ruleCodes, String message) {

  public RuleConflict {
    ruleCodes = List.copyOf(ruleCodes);
  }
}
