package cn.congress.nomination.report;

import cn.congress.nomination.election.RuleResult;
import cn.congress.nomination.nomination.ParticipationChannel;
import cn.congress.nomination.organization.Member;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The tables the levels file, as XLSX (Apache POI): the roster (名册) of a list, and the statistics table (统计表) of a
 * list's composition and the nomination's participation. Each sheet: a title row, a header row, the rows, a total row.
 */
final class XlsxTables {
  private XlsxTables() {}

  static final List<String> ROSTER_HEADER = List.of("序号", "姓名", "性别", "民族", "出生年月", "年龄", "学历",
      "入党时间", "工作单位", "身份类别", "职级", "职业", "所属行业", "荣誉");

  static byte[] roster(String title, List<ListedPerson> people, LocalDate referenceDate) {
    try (Book book = new Book()) {
      Sheet sheet = book.sheet("名册", title, ROSTER_HEADER);
      for (ListedPerson p : people) {
        Member m = p.member();
        book.row(sheet, p.rank(), m.name(), Labels.of(m.gender()), m.ethnicity(), Labels.month(m.birthDate()),
            m.ageOn(referenceDate), Labels.of(m.education()), Labels.month(m.joinedOn()), p.organizationName(),
            p.categoryName() == null ? "未界定" : p.categoryName(), Labels.of(m.cadreLevel()), Labels.of(m.occupation()),
            m.sector(), m.honour() == null ? Labels.of(m.honourLevel()) : m.honour());
      }
      book.total(sheet, "合计", people.size() + "名");
      return book.bytes();
    }
  }

  /** The statistics table: composition (and its rules) of the list and, when given, the nomination's participation. */
  static byte[] statistics(String title, Composition c, Participation participation) {
    try (Book book = new Book()) {
      Sheet figures = book.sheet("结构统计", title + "（共" + c.total() + "名）", List.of("项目", "人数", "基数", "占比"));
      book.row(figures, "总人数", c.total(), c.total(), c.total() == 0 ? "—" : "100.0%");
      for (Composition.Figure f : c.figures()) {
        book.row(figures, f.parentCode() == null ? f.label() : "　" + f.label(), f.count(), f.of(),
            Percent.text(f.percent()));
      }
      book.row(figures, "少数民族民族数", c.ethnicGroups(), "", "");
      book.row(figures, "平均年龄（岁）", c.averageAge() == null ? "—" : c.averageAge().toPlainString(), "", "");
      book.total(figures, "合计", c.total() + "名");

      Sheet rules = book.sheet("结构要求", title + "：结构要求落实情况", List.of("结构要求", "要求", "实有", "是否符合", "说明"));
      for (RuleResult r : c.rules()) {
        book.row(rules, r.parentCode() == null ? r.label() : "　" + r.label(), r.requirement(),
            r.count() + "/" + r.population(), r.met() ? "符合" : "不符合", r.message() == null ? "" : r.message());
      }
      book.total(rules, "合计", c.rules().stream().filter(RuleResult::met).count() + "项符合，"
          + c.rules().stream().filter(r -> !r.met()).count() + "项不符合");

      Sheet spread = book.sheet("分布", title + "：身份、行业、单位性质、职级分布", List.of("分类", "项目", "人数", "占比"));
      distribution(book, spread, "身份类别", c.byCategory(), c.total());
      distribution(book, spread, "所属行业", c.bySector(), c.total());
      distribution(book, spread, "单位性质", c.byUnitType(), c.total());
      distribution(book, spread, "职级", c.byCadreLevel(), c.total());
      book.total(spread, "合计", c.total() + "名");

      if (participation != null) participation(book, participation);
      return book.bytes();
    }
  }

  private static void participation(Book book, Participation p) {
    List<String> header = new ArrayList<>(List.of("单位", "党组织数", "参加党组织数", "党组织参与率", "应参加党员数",
        "参加党员数"));
    for (ParticipationChannel c : ParticipationChannel.values()) header.add("其中：" + c.label());
    header.addAll(List.of("党员参与率", "受教育党员数", "受教育率"));
    Sheet sheet = book.sheet("参与情况", "推荐提名参与情况统计表", header);
    for (Participation.Row r : p.rows()) book.row(sheet, participationRow(r, r.name()));
    book.row(sheet, participationRow(p.total(), "合计（" + p.total().name() + "）"));
    book.bold(sheet.getRow(sheet.getLastRowNum()));
  }

  private static Object[] participationRow(Participation.Row r, String name) {
    List<Object> cells = new ArrayList<>(List.of(name, r.branches(), r.branchesTakingPart(),
        Percent.text(r.branchParticipationPercent()), r.expectedMembers(), r.membersTakingPart()));
    for (ParticipationChannel c : ParticipationChannel.values()) cells.add(r.membersByChannel().getOrDefault(c, 0L));
    cells.addAll(List.of(Percent.text(r.memberParticipationPercent()), r.membersEducated(),
        Percent.text(r.educationPercent())));
    return cells.toArray();
  }

  private static void distribution(Book book, Sheet sheet, String kind, Map<String, Long> counts, int total) {
    counts.forEach((code, n) -> book.row(sheet, kind, Labels.code(code), n, Percent.text(Percent.of(n, total))));
  }

  /** A workbook with the styles the sheets share. */
  private static final class Book implements AutoCloseable {
    final XSSFWorkbook workbook = new XSSFWorkbook();
    final CellStyle title;
    final CellStyle header;
    final CellStyle cell;
    final CellStyle bold;

    Book() {
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      big.setFontName("宋体");
      title = workbook.createCellStyle();
      title.setFont(big);
      title.setAlignment(HorizontalAlignment.CENTER);
      Font strong = workbook.createFont();
      strong.setBold(true);
      strong.setFontName("宋体");
      header = bordered();
      header.setFont(strong);
      header.setAlignment(HorizontalAlignment.CENTER);
      cell = bordered();
      bold = bordered();
      bold.setFont(strong);
    }

    private CellStyle bordered() {
      CellStyle s = workbook.createCellStyle();
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
      return s;
    }

    Sheet sheet(String name, String titleText, List<String> columns) {
      Sheet sheet = workbook.createSheet(name);
      Cell t = sheet.createRow(0).createCell(0);
      t.setCellValue(titleText);
      t.setCellStyle(title);
      if (columns.size() > 1) sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
      Row h = sheet.createRow(1);
      for (int i = 0; i < columns.size(); i++) {
        Cell c = h.createCell(i);
        c.setCellValue(columns.get(i));
        c.setCellStyle(header);
        sheet.setColumnWidth(i, Math.max(8, columns.get(i).length() * 2 + 4) * 256);
      }
      sheet.createFreezePane(0, 2);
      return sheet;
    }

    void row(Sheet sheet, Object... values) {
      Row r = sheet.createRow(sheet.getLastRowNum() + 1);
      for (int i = 0; i < values.length; i++) {
        Cell c = r.createCell(i);
        c.setCellStyle(cell);
        Object v = values[i];
        if (v instanceof Number n && !(v instanceof BigDecimal)) c.setCellValue(n.doubleValue());
        else c.setCellValue(v == null ? "" : v.toString());
      }
    }

    void total(Sheet sheet, String label, String value) {
      row(sheet, label, value);
      bold(sheet.getRow(sheet.getLastRowNum()));
    }

    void bold(Row r) {
      r.forEach(c -> c.setCellStyle(bold));
    }

    byte[] bytes() {
      try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        workbook.write(out);
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        workbook.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
