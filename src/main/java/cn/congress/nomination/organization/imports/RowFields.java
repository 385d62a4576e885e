package cn.congress.nomination.organization.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The values of one data row, parsed column by column. Each parser records a violation and returns null when a value
 * is missing or wrong, so that every error of every row is found in one pass.
 */
final class RowFields {

  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);

  private final SourceRow row;
  private final int[] positions;
  private final Violations violations;
  private final int violationsBefore;

  RowFields(SourceRow row, int[] positions, Violations violations) {
    this.row = row;
    this.positions = positions;
    this.violations = violations;
    this.violationsBefore = violations.total();
  }

  int line() {
    return row.line();
  }

  /** Whether any value of this row broke a rule so far. */
  boolean hasViolations() {
    return violations.total() > violationsBefore;
  }

  void violation(Column column, ImportRule rule, String detail) {
    violations.add(row.line(), column, rule, detail);
  }

  /** Trimmed text of the cell, null when empty. */
  String raw(Column column) {
    int position = positions[((Enum<?>) column).ordinal()];
    if (position < 0 || position >= row.cells().size()) return null;
    String value = row.cells().get(position);
    if (value == null) return null;
    value = value.strip();
    return value.isEmpty() ? null : value;
  }

  String text(Column column) {
    String value = raw(column);
    if (value == null) {
      if (column.required()) violation(column, ImportRule.REQUIRED, null);
      return null;
    }
    if (column.maxLength() > 0 && value.length() > column.maxLength()) {
      ImportRule rule = column.header().equals("name") ? ImportRule.NAME_TOO_LONG : ImportRule.VALUE_TOO_LONG;
      violation(column, rule, "最多 " + column.maxLength() + " 个字，实际 " + value.length() + " 个字");
      return null;
    }
    return value;
  }

  String id(Column column) {
    String value = raw(column);
    if (value == null) {
      if (column.required()) violation(column, ImportRule.REQUIRED, null);
      return null;
    }
    if (!isValidId(value)) {
      violation(column, ImportRule.ID_FORMAT, "实际为“" + value + "”");
      return null;
    }
    return value;
  }

  /** Ids become Camunda group ids: the role groups' prefix and the admin group are reserved. */
  static boolean isValidId(String value) {
    return ID.matcher(value).matches() && !value.toLowerCase(Locale.ROOT).startsWith("role-")
        && !value.equalsIgnoreCase("camunda-admin");
  }

  <E extends Enum<E>> E choice(Column column, Class<E> type) {
    String value = raw(column);
    if (value == null) {
      if (column.required()) violation(column, ImportRule.REQUIRED, null);
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      violation(column, ImportRule.BAD_VALUE, "实际为“" + value + "”，可选值：" + Arrays.stream(type.getEnumConstants())
          .map(Enum::name).collect(Collectors.joining("、")));
      return null;
    }
  }

  LocalDate date(Column column) {
    String value = raw(column);
    if (value == null) {
      if (column.required()) violation(column, ImportRule.REQUIRED, null);
      return null;
    }
    try {
      return LocalDate.parse(value, DATE);
    } catch (DateTimeParseException e) {
      violation(column, ImportRule.BAD_DATE, "实际为“" + value + "”");
      return null;
    }
  }

  /** true/false (any case) or 是/否. A missing required flag is reported and read as false. */
  boolean flag(Column column) {
    String value = raw(column);
    if (value == null) {
      if (column.required()) violation(column, ImportRule.REQUIRED, null);
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "是" -> true;
      case "false", "否" -> false;
      default -> {
        violation(column, ImportRule.BAD_VALUE, "实际为“" + value + "”，可选值：true、false、是、否");
        yield false;
      }
    };
  }

  int integer(Column column, int whenEmpty) {
    String value = raw(column);
    if (value == null) {
      if (column.required()) violation(column, ImportRule.REQUIRED, null);
      return whenEmpty;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      violation(column, ImportRule.BAD_VALUE, "须为整数，实际为“" + value + "”");
      return whenEmpty;
    }
  }
}
