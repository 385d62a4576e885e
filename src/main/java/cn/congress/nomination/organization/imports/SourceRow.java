package cn.congress.nomination.organization.imports;

import java.util.List;

/** One row of an import file as text cells; {@code line} is the file's line (CSV) or sheet row (XLSX), header = 1. */
record SourceRow(int line, List<String> cells) {

  boolean isBlank() {
    return cells.stream().allMatch(c -> c == null || c.isBlank());
  }
}
