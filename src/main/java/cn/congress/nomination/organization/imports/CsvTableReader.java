package cn.congress.nomination.organization.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * UTF-8 CSV (RFC 4180 quoting), with or without a byte order mark. Bytes that are not UTF-8 (a sheet saved as GBK by
 * Excel) stop the import with a clear error instead of importing garbled names.
 */
final class CsvTableReader implements TableReader {

  private static final char BOM = '\uFEFF';

  // Empty lines are kept as records so that line numbers stay exact; blank rows are skipped by the caller.
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  @Override
  public void read(InputStream in, Consumer<SourceRow> rows) {
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    long lineBefore = 0;
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      boolean first = true;
      while (true) {
        lineBefore = parser.getCurrentLineNumber();
        if (!records.hasNext()) break;
        CSVRecord record = records.next();
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        if (first && !cells.isEmpty() && !cells.get(0).isEmpty() && cells.get(0).charAt(0) == BOM) {
          cells.set(0, cells.get(0).substring(1));
        }
        first = false;
        // A record starts on the line after the one the previous record ended on (quoted values may span lines).
        rows.accept(new SourceRow((int) lineBefore + 1, cells));
      }
    } catch (UncheckedIOException e) {
      throw unreadable(lineBefore + 1, e.getCause());
    } catch (IOException e) {
      throw unreadable(lineBefore + 1, e);
    } catch (IllegalStateException e) {
      throw new UnreadableFileException((int) lineBefore + 1, "CSV 格式错误（引号未闭合或多余）：" + e.getMessage(), e);
    }
  }

  private static UnreadableFileException unreadable(long line, Throwable cause) {
    if (cause instanceof CharacterCodingException) {
      // the decoder reads ahead of the parser: the line of the bad byte is unknown, the error is the whole file's
      return new UnreadableFileException(null, "文件不是 UTF-8 编码：请在 Excel 中另存为“CSV UTF-8”", cause);
    }
    return new UnreadableFileException((int) line, "CSV 格式错误（如引号未闭合）：" + cause.getMessage(), cause);
  }
}
