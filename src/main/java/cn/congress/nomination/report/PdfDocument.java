package cn.congress.nomination.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A4 pages of Chinese text for the forms to be printed and signed (PDFBox): titles, wrapped paragraphs, ruled tables
 * whose cells may span columns and wrap their text. The font is the shipped Noto Sans SC subset
 * ({@code report/fonts/README.md}), embedded as a subset of the glyphs used; a character it lacks prints as "□".
 */
final class PdfDocument implements AutoCloseable {

  static final String FONT = "/report/fonts/NotoSansSC-Regular-GB2312.ttf";
  private static final float MARGIN = 56;
  private static final float LEADING = 1.45f;
  private static final float PADDING = 4;

  /** One cell of a table row: its text, the columns it spans, whether it is a caption (centred, bold look). */
  record Cell(String text, int span, boolean caption, float minHeight) {
    static Cell label(String text) {
      return new Cell(text, 1, true, 0);
    }

    static Cell value(String text) {
      return new Cell(text, 1, false, 0);
    }

    static Cell value(String text, int span) {
      return new Cell(text, span, false, 0);
    }

    static Cell tall(String text, int span, float minHeight) {
      return new Cell(text, span, false, minHeight);
    }
  }

  private final PDDocument document = new PDDocument();
  private final PDType0Font font;
  private final Map<Integer, Boolean> printable = new HashMap<>();
  private PDPageContentStream content;
  private float y;

  PdfDocument(String title) {
    try (InputStream in = PdfDocument.class.getResourceAsStream(FONT)) {
      if (in == null) throw new IllegalStateException("Missing font resource " + FONT);
      font = PDType0Font.load(document, in, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setCreator("nomination-engine");
  }

  void newPage() {
    try {
      if (content != null) content.close();
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private float width() {
    return PDRectangle.A4.getWidth() - 2 * MARGIN;
  }

  private void room(float height) {
    if (content == null || y - height < MARGIN) newPage();
  }

  void title(String text) {
    heading(text, 18, true);
  }

  void heading(String text, float size, boolean centred) {
    for (String line : wrap(text, size, width())) {
      room(size * LEADING);
      float x = centred ? MARGIN + (width() - textWidth(line, size)) / 2 : MARGIN;
      write(line, x, y - size, size);
      y -= size * LEADING;
    }
    y -= size * 0.4f;
  }

  void paragraph(String text, float size) {
    if (text == null) return;
    for (String para : text.split("\\R")) {
      for (String line : wrap("　　" + para.strip(), size, width())) {
        room(size * LEADING);
        write(line, MARGIN, y - size, size);
        y -= size * LEADING;
      }
    }
    y -= size * 0.5f;
  }

  void gap(float height) {
    y -= height;
  }

  /** A ruled table: relative column widths, rows of cells (spans add up to the columns). */
  void table(float[] weights, List<List<Cell>> rows, float size) {
    float total = 0;
    for (float w : weights) total += w;
    float[] widths = new float[weights.length];
    for (int i = 0; i < weights.length; i++) widths[i] = width() * weights[i] / total;
    for (List<Cell> row : rows) {
      List<List<String>> lines = new ArrayList<>();
      float height = 0;
      int col = 0;
      for (Cell cell : row) {
        float w = span(widths, col, cell.span());
        List<String> wrapped = wrap(cell.text() == null ? "" : cell.text(), size, w - 2 * PADDING);
        lines.add(wrapped);
        height = Math.max(height, Math.max(cell.minHeight(), wrapped.size() * size * LEADING + 2 * PADDING));
        col += cell.span();
      }
      room(height);
      float x = MARGIN;
      col = 0;
      for (int i = 0; i < row.size(); i++) {
        Cell cell = row.get(i);
        float w = span(widths, col, cell.span());
        rect(x, y - height, w, height);
        float ty = y - PADDING - size;
        for (String line : lines.get(i)) {
          float tx = cell.caption() ? x + (w - textWidth(line, size)) / 2 : x + PADDING;
          write(line, tx, ty, size);
          ty -= size * LEADING;
        }
        x += w;
        col += cell.span();
      }
      y -= height;
    }
    y -= size;
  }

  private static float span(float[] widths, int from, int count) {
    float w = 0;
    for (int i = from; i < from + count && i < widths.length; i++) w += widths[i];
    return w;
  }

  private void rect(float x, float bottom, float w, float h) {
    try {
      content.setLineWidth(0.6f);
      content.addRect(x, bottom, w, h);
      content.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String text, float x, float baseline, float size) {
    try {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, baseline);
      content.showText(text);
      content.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with every character the font cannot print replaced by "□". */
  String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      boolean ok = cp >= 0x20 && printable.computeIfAbsent(cp, c -> {
        try {
          font.encode(new String(Character.toChars(c)));
          return true;
        } catch (IOException | IllegalArgumentException e) {
          return false;
        }
      });
      out.append(ok ? new String(Character.toChars(cp)) : "□");
    });
    return out.toString();
  }

  private float textWidth(String text, float size) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines of at most the width, broken between any two characters (Chinese has no spaces to break at). */
  List<String> wrap(String text, float size, float maxWidth) {
    List<String> lines = new ArrayList<>();
    for (String raw : text.replace("\t", " ").split("\n", -1)) {
      String para = printable(raw);
      StringBuilder line = new StringBuilder();
      float used = 0;
      for (int i = 0; i < para.length(); ) {
        int cp = para.codePointAt(i);
        String ch = new String(Character.toChars(cp));
        float w = textWidth(ch, size);
        if (used + w > maxWidth && !line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
          used = 0;
        }
        line.append(ch);
        used += w;
        i += Character.charCount(cp);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  byte[] bytes() {
    try {
      if (content == null) newPage();
      content.close();
      content = null;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      if (content != null) content.close();
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
