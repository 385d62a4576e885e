package cn.congress.nomination.organization.imports;

import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** Streams the rows of an import file, one at a time, so a file of 100,000 rows is never held as a whole. */
interface TableReader {

  /** Hands every row, the header first, to the consumer. Throws {@link UnreadableFileException} on a broken file. */
  void read(InputStream in, Consumer<SourceRow> rows);

  /** The reader for a file name's extension: .csv (UTF-8, with or without BOM) or .xlsx (first sheet). */
  static Optional<TableReader> forFile(String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).trim();
    if (name.endsWith(".csv")) return Optional.of(new CsvTableReader());
    if (name.endsWith(".xlsx")) return Optional.of(new XlsxTableReader());
    return Optional.empty();
  }
}
