package cn.congress.nomination.platform;

/**
 * One broken rule in a request: where (row of a file, or null for a request body), which field, which rule (a stable
 * code) and a message for the user in Chinese.
 */
public record Violation(Integer row, String field, String rule, String message) {

  public static Violation of(String field, String rule, String message) {
    return new Violation(null, field, rule, message);
  }
}
