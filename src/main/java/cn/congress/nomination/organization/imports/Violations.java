package cn.congress.nomination.organization.imports;

import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every violation of one import. A runaway file (say, every row of 100,000 in the wrong format) could make a
 * response of hundreds of megabytes, so past {@link #LIMIT} only the count goes on.
 */
final class Violations {

  static final int LIMIT = 10_000;

  private final List<Violation> listed = new ArrayList<>();
  private int total;

  void add(int row, Column column, ImportRule rule, String detail) {
    add(row, column == null ? null : column.header(), rule, message(column, rule, detail));
  }

  void add(Integer row, String field, ImportRule rule, String message) {
    total++;
    if (listed.size() < LIMIT) listed.add(new Violation(row, field, rule.name(), message));
  }

  static String message(Column column, ImportRule rule, String detail) {
    String head = column == null ? "" : column.display() + "：";
    return head + rule.reason() + (detail == null || detail.isEmpty() ? "" : "，" + detail);
  }

  boolean isEmpty() {
    return total == 0;
  }

  int total() {
    return total;
  }

  List<Violation> listed() {
    return listed;
  }

  /** Nothing is written when a file breaks any rule: the answer lists them all (up to the limit). */
  void throwIfAny(String what) {
    if (total == 0) return;
    List<Violation> answer = new ArrayList<>(listed);
    String message = what + "导入文件有 " + total + " 处错误，未写入任何数据";
    if (total > listed.size()) {
      message += "（仅列出前 " + listed.size() + " 处）";
      answer.add(new Violation(null, null, ImportRule.TOO_MANY_ERRORS.name(),
          ImportRule.TOO_MANY_ERRORS.reason() + "：共 " + total + " 处错误"));
    }
    throw new ValidationException(message, answer);
  }
}
