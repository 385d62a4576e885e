package cn.congress.nomination.platform;

import java.util.List;

/** A request broke one or more rules; nothing was changed. Answered with 422 and every violation. */
public class ValidationException extends RuntimeException {

  private final transient List<Violation> violations;

  public ValidationException(String message, List<Violation> violations) {
    super(message);
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
