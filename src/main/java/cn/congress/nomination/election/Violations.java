package cn.congress.nomination.election;

import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of a request: a user fixes them all in one go. */
final class Violations {

  private final List<Violation> list = new ArrayList<>();

  void add(String field, String rule, String message) {
    list.add(Violation.of(field, rule, message));
  }

  void add(int row, String field, String rule, String message) {
    list.add(new Violation(row, field, rule, message));
  }

  /** Reports a missing value; returns whether it was there. */
  boolean require(Object value, String field, String what) {
    boolean missing = value == null || (value instanceof String s && s.isBlank());
    if (missing) add(field, "REQUIRED", field + "：" + what + "不能为空");
    return !missing;
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  List<Violation> list() {
    return List.copyOf(list);
  }
}
