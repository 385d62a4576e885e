package cn.congress.nomination.organization.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX workbook, streamed row by row. Cells become the text a person sees: numbers without a
 * trailing ".0", cells formatted as dates as yyyy-MM-dd, booleans as true/false.
 */
final class XlsxTableReader implements TableReader {

  // Formats read with the cells tell date cells from number cells.
  private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

  @Override
  public void read(InputStream in, Consumer<SourceRow> rows) {
    int line = 1;
    try (ReadableWorkbook workbook = new ReadableWorkbook(in, OPTIONS);
         Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
      var iterator = sheet.iterator();
      while (iterator.hasNext()) {
        Row row = iterator.next();
        line = row.getRowNum();
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) cells.add(text(row.getCell(i)));
        rows.accept(new SourceRow(line, cells));
      }
    } catch (IOException | ExcelReaderException e) {
      throw new UnreadableFileException(line, "无法读取 XLSX 文件：" + e.getMessage(), e);
    }
  }

  static String text(Cell cell) {
    if (cell == null) return "";
    return switch (cell.getType()) {
      case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : plain(cell.asNumber());
      case BOOLEAN -> cell.asBoolean().toString();
      case EMPTY -> "";
      default -> cell.getText() == null ? "" : cell.getText();
    };
  }

  private static String plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /** Built-in date formats (ids 14–22, 45–47) or a custom format with day/month/year parts. */
  private static boolean isDate(Cell cell) {
    Integer id = cell.getDataFormatId();
    if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) return true;
    String format = cell.getDataFormatString();
    if (format == null) return false;
    String bare = format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase(Locale.ROOT);
    return bare.contains("y") || bare.contains("d");
  }
}
