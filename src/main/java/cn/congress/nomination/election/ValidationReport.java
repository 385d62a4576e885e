package cn.congress.nomination.election;

import cn.congress.nomination.platform.Violation;
import java.util.List;

/** The answer of a dry run: whether the configuration would be accepted, and every violation if not. */
record ValidationReport(boolean valid, List<Violation> violations) {
  static ValidationReport of(List<Violation> violations) {
    return new ValidationReport(violations.isEmpty(), violations);
  }
}
