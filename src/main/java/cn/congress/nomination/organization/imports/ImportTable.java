package cn.congress.nomination.organization.imports;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads an import file against its columns: checks the header (row 1), skips blank rows, and hands each data row to the
 * consumer as {@link RowFields}. A bad header stops the reading: its rows could not be understood.
 */
final class ImportTable {

  private ImportTable() {}

  static void read(TableReader reader, InputStream in, List<? extends Column> columns, Violations violations,
                   Consumer<RowFields> consumer) {
    var state = new Object() {
      int[] positions;
      int width;
      boolean headerSeen;
    };
    try {
      reader.read(in, row -> {
        if (!state.headerSeen) {
          if (row.isBlank()) return;
          state.headerSeen = true;
          state.positions = header(row, columns, violations);
          if (state.positions == null) throw new StopReading();
          state.width = row.cells().size();
          return;
        }
        if (row.isBlank()) return;
        for (int i = state.width; i < row.cells().size(); i++) {
          if (!row.cells().get(i).isBlank()) {
            violations.add(row.line(), (Column) null, ImportRule.EXTRA_VALUES,
                "表头有 " + state.width + " 列，本行第 " + (i + 1) + " 列有值");
            break;
          }
        }
        consumer.accept(new RowFields(row, state.positions, violations));
      });
    } catch (StopReading stop) {
      return;
    } catch (UnreadableFileException e) {
      violations.add(e.line(), null, ImportRule.UNREADABLE_FILE, e.getMessage());
      return;
    }
    if (!state.headerSeen) violations.add(1, null, ImportRule.EMPTY_FILE, ImportRule.EMPTY_FILE.reason());
  }

  /** Positions of the columns in the file, by column ordinal; null when the header is wrong (violations added). */
  static int[] header(SourceRow row, List<? extends Column> columns, Violations violations) {
    Map<String, Column> byHeader = new HashMap<>();
    columns.forEach(c -> byHeader.put(c.header(), c));
    int[] positions = new int[columns.size()];
    java.util.Arrays.fill(positions, -1);
    boolean ok = true;
    for (int i = 0; i < row.cells().size(); i++) {
      String name = row.cells().get(i).trim().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) continue;
      Column column = byHeader.get(name);
      if (column == null) {
        violations.add(row.line(), name, ImportRule.UNKNOWN_COLUMN,
            ImportRule.UNKNOWN_COLUMN.reason() + "：“" + name + "”（第 " + (i + 1) + " 列）");
        ok = false;
      } else if (positions[columns.indexOf(column)] >= 0) {
        violations.add(row.line(), name, ImportRule.DUPLICATE_COLUMN,
            ImportRule.DUPLICATE_COLUMN.reason() + "：“" + name + "”（第 " + (i + 1) + " 列）");
        ok = false;
      } else {
        positions[columns.indexOf(column)] = i;
      }
    }
    for (Column column : columns) {
      if (positions[columns.indexOf(column)] < 0) {
        violations.add(row.line(), column.header(), ImportRule.MISSING_COLUMN,
            ImportRule.MISSING_COLUMN.reason() + "：" + column.display());
        ok = false;
      }
    }
    return ok ? positions : null;
  }

  private static final class StopReading extends RuntimeException {
    StopReading() {
      super(null, null, false, false);
    }
  }
}
