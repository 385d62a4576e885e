package cn.congress.nomination.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.EngineTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The materials over real HTTP, opened as their readers would: XLSX with POI (sheets, headers, rows, totals), PDF with
 * PDFBox (text extracted, font embedded); who may download which (a unit its own, the electoral unit and the city the
 * stage's lists, 403 otherwise); any list posted with its stage.
 */
@EngineTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportMaterialsApiTest {

  @LocalServerPort int port;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired Members members;
  @Autowired UserAccounts accounts;
  @Autowired ElectionService electionService;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  ReportScenario s;

  @BeforeAll
  void createScenario() throws Exception {
    s = new ReportScenario("rpt").create(organizations, groups, members, accounts, electionService, json, jdbc);
  }

  /** With -Dreport.samples=DIR every download is also written there, to look at. */
  private Download get(String user, String path) {
    Download d = Download.get(port, user, ReportScenario.PASSWORD, "/api/reports/elections/" + s.election + path);
    String samples = System.getProperty("report.samples");
    if (samples != null && d.status() == 200) {
      try {
        java.nio.file.Files.createDirectories(java.nio.file.Path.of(samples));
        java.nio.file.Files.write(java.nio.file.Path.of(samples, path.replaceAll("[^A-Za-z0-9.-]", "_")), d.body());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return d;
  }

  @Test
  void aUnitDownloadsTheRosterOfItsOwnList_asXlsx() throws Exception {
    Download d = get(s.staff(1), "/units/" + s.units.get(0) + "/roster.xlsx");
    assertThat(d.status()).as(d.text()).isEqualTo(200);
    assertThat(d.contentType()).isEqualTo(ReportController.XLSX.toString());
    assertThat(d.disposition()).contains("attachment").contains(".xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(d.body()))) {
      Sheet sheet = book.getSheet("名册");
      assertThat(text(sheet.getRow(0)).get(0)).isEqualTo("第1党工委推荐人选名册");
      assertThat(text(sheet.getRow(1))).containsExactlyElementsOf(XlsxTables.ROSTER_HEADER);
      List<String> first = text(sheet.getRow(2));
      assertThat(first.subList(0, 8)).containsExactly("1", "王建国", "男", "汉族", "1968.05", "56", "研究生", "1993.07");
      assertThat(first.get(8)).isEqualTo("机关第一党支部");
      assertThat(first.get(9)).isEqualTo("局级领导干部");
      assertThat(names(sheet, 2, 8)).containsExactly("王建国", "李秀英", "张德明", "刘芳", "陈静", "杨志强");
      assertThat(text(sheet.getRow(8))).containsExactly("合计", "6名");
    }
  }

  @Test
  void aUnitIsRefusedAnotherUnitsMaterials_andTheStageLists_aBranchEverything() {
    assertThat(get(s.staff(1), "/units/" + s.units.get(1) + "/roster.xlsx").status()).isEqualTo(403);
    assertThat(get(s.staff(1), "/stages/INSPECTION/roster.xlsx").status()).isEqualTo(403);
    assertThat(get(s.secretary(), "/units/" + s.units.get(0) + "/registration-forms.pdf").status()).isEqualTo(403);
    assertThat(get(s.secretary(), "/stages/RECOMMENDATION/statistics.xlsx").status()).isEqualTo(403);
    Download refused = get(s.staff(2), "/changes");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.text()).contains("无权查看");
    // the levels above read: the electoral unit a unit's materials, the city the stage's lists
    assertThat(get(s.zzb(), "/units/" + s.units.get(1) + "/roster.xlsx").status()).isEqualTo(200);
    assertThat(get(s.cityZzb(), "/stages/INSPECTION/roster.xlsx").status()).isEqualTo(200);
  }

  @Test
  void theTargetsStatisticsTable_hasComposition_rules_andParticipationWithTotals() throws Exception {
    Download d = get(s.zzb(), "/stages/INSPECTION/statistics.xlsx");
    assertThat(d.status()).as(d.text()).isEqualTo(200);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(d.body()))) {
      Sheet figures = book.getSheet("结构统计");
      assertThat(text(figures.getRow(0)).get(0)).isEqualTo("初步人选考察对象统计表（共5名）");
      assertThat(text(figures.getRow(1))).containsExactly("项目", "人数", "基数", "占比");
      // targets: 王建国, 李秀英 (回族), 张德明 (worker, provincial honour), 刘芳 (prof.-tech.), 赵丽华 (壮族, worker model)
      assertThat(row(figures, "生产和工作第一线")).containsExactly("生产和工作第一线", "3", "5", "60.0%");
      assertThat(row(figures, "　其中：工人")).containsExactly("　其中：工人", "2", "5", "40.0%");
      assertThat(row(figures, "　其中：获省部级以上荣誉")).containsExactly("　其中：获省部级以上荣誉", "2", "3", "66.7%");
      assertThat(row(figures, "女性")).containsExactly("女性", "3", "5", "60.0%");
      assertThat(row(figures, "少数民族")).containsExactly("少数民族", "2", "5", "40.0%");
      assertThat(row(figures, "少数民族民族数").get(1)).isEqualTo("2");
      assertThat(row(figures, "合计")).containsExactly("合计", "5名");

      Sheet rules = book.getSheet("结构要求");
      assertThat(row(rules, "妇女")).containsExactly("妇女", "不少于7名", "3/5", "不符合", "妇女：实有3名，要求不少于7名");
      assertThat(row(rules, "少数民族").get(3)).isEqualTo("符合");
      assertThat(row(rules, "合计").get(1)).matches("\\d+项符合，\\d+项不符合");

      Sheet participation = book.getSheet("参与情况");
      assertThat(text(participation.getRow(1))).startsWith("单位", "党组织数", "参加党组织数", "党组织参与率");
      assertThat(participation.getLastRowNum()).isEqualTo(2 + 23);   // title, header, 23 units, total
      List<String> unit1 = row(participation, "第1党工委");
      assertThat(unit1.subList(1, 7)).containsExactly("2", "2", "100.0%", "50", "49", "43");
      List<String> total = row(participation, "合计（测试区委）");
      assertThat(total.subList(1, 6)).containsExactly("3", "2", "66.7%", "50", "49");
      assertThat(total.get(total.size() - 1)).isEqualTo("98.0%");   // 49 of 50 told
    }
  }

  @Test
  void theTargetsRegistrationForms_areOnePagePerPerson_withTheChineseFontEmbedded() throws Exception {
    Download d = get(s.zzb(), "/stages/INSPECTION/registration-forms.pdf");
    assertThat(d.status()).as(d.text()).isEqualTo(200);
    assertThat(d.contentType()).isEqualTo("application/pdf");
    try (PDDocument pdf = Loader.loadPDF(d.body())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(5);
      String page1 = textOf(pdf, 1);
      assertThat(page1).contains("初步人选考察对象登记表").contains("填报单位：测试区委").contains("王建国")
          .contains("1968.05（56岁）").contains("局级领导干部").contains("由1个推荐单位推荐（第1党工委），3个党支部、40名党员推荐").contains("本人签字")
          .contains("（盖章）");
      assertThat(textOf(pdf, 5)).contains("赵丽华").contains("壮族").contains("先进模范人物").contains("全国");
      List<PDFont> fonts = new ArrayList<>();
      for (var name : pdf.getPage(0).getResources().getFontNames()) fonts.add(pdf.getPage(0).getResources().getFont(name));
      assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
      assertThat(fonts.get(0).getName()).contains("NotoSansCJK");
    }
  }

  @Test
  void theSituationReport_tellsTheCompositionRulesParticipationAndChangesWithTheirReasons() throws Exception {
    Download d = get(s.zzb(), "/stages/INSPECTION/situation-report.pdf");
    assertThat(d.status()).as(d.text()).isEqualTo(200);
    try (PDDocument pdf = Loader.loadPDF(d.body())) {
      String text = flat(new PDFTextStripper().getText(pdf));
      assertThat(text).contains("关于初步人选考察对象的情况报告").contains("共5名").contains("女性3名，占60.0%")
          .contains("结构要求尚未全部落实").contains("参与率66.7%")
          .contains("赵丽华（初步人选考察对象，增加）：" + ReportScenario.ADDED_REASON)
          .contains("杨志强（初步人选考察对象，调整出）：" + ReportScenario.REMOVED_REASON)
          .contains("测试区委（盖章）");
    }
  }

  @Test
  void aUnitsWorkSummary_carriesWhatItWrote_andItsStatistics() throws Exception {
    Download d = get(s.staff(1), "/units/" + s.units.get(0) + "/work-summary.pdf");
    assertThat(d.status()).as(d.text()).isEqualTo(200);
    try (PDDocument pdf = Loader.loadPDF(d.body())) {
      String text = flat(new PDFTextStripper().getText(pdf));
      assertThat(text).contains("第1党工委推荐提名工作总结").contains(flat(ReportScenario.SUMMARY)).contains("共6名")
          .contains("参加2个，参与率100.0%");
    }
  }

  @Test
  void theRecommendedNames_areEveryUnitsFiledNamesOnce() throws Exception {
    JsonNode c = json.readTree(get(s.zzb(), "/stages/RECOMMENDATION/composition").text());
    assertThat(c.path("total").asInt()).isEqualTo(8);   // 6 + 3 filed, 张德明 by both units
    JsonNode unit = json.readTree(get(s.staff(1), "/units/" + s.units.get(0) + "/composition").text());
    assertThat(unit.path("total").asInt()).isEqualTo(6);
    // a unit's own list is checked against the rules for the units' lists
    List<String> codes = new ArrayList<>();
    unit.path("rules").forEach(r -> codes.add(r.path("code").asText()));
    assertThat(codes).containsExactly("UNIT_BUREAU_LEADERS", "UNIT_DIVISION_LEADERS", "UNIT_FRONTLINE");
  }

  @Test
  void aLaterStagesList_postedWithItsStage_getsItsRosterAndForms() throws Exception {
    String body = "{\"stage\":\"PRELIMINARY_CANDIDATES\",\"memberIds\":[\"" + s.person(7) + "\",\"" + s.person(4)
        + "\",\"" + s.person(2) + "\"]}";
    Download roster = Download.post(port, s.zzb(), ReportScenario.PASSWORD,
        "/api/reports/elections/" + s.election + "/lists/roster.xlsx", body);
    assertThat(roster.status()).as(roster.text()).isEqualTo(200);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(roster.body()))) {
      Sheet sheet = book.getSheet("名册");
      assertThat(text(sheet.getRow(0)).get(0)).isEqualTo("代表候选人预备人选名册");
      assertThat(names(sheet, 2, 5)).containsExactly("赵丽华", "刘芳", "李秀英");
      assertThat(text(sheet.getRow(5))).containsExactly("合计", "3名");
    }
    Download forms = Download.post(port, s.zzb(), ReportScenario.PASSWORD,
        "/api/reports/elections/" + s.election + "/lists/registration-forms.pdf", body);
    try (PDDocument pdf = Loader.loadPDF(forms.body())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(3);
      assertThat(textOf(pdf, 1)).contains("代表候选人预备人选登记表").contains("赵丽华");
    }

    Download invalid = Download.post(port, s.zzb(), ReportScenario.PASSWORD,
        "/api/reports/elections/" + s.election + "/lists/composition",
        "{\"stage\":\"ELECTION\",\"memberIds\":[\"nobody\",\"" + s.person(1) + "\",\"" + s.person(1) + "\"]}");
    assertThat(invalid.status()).isEqualTo(422);
    JsonNode violations = json.readTree(invalid.text()).path("violations");
    assertThat(violations.findValuesAsText("rule")).containsExactlyInAnyOrder("MEMBER_EXISTS", "DISTINCT");
    assertThat(violations.findValuesAsText("field")).containsOnly("memberIds");
    assertThat(Download.post(port, s.staff(1), ReportScenario.PASSWORD,
        "/api/reports/elections/" + s.election + "/lists/roster.xlsx", body).status()).isEqualTo(403);
  }

  @Test
  void participation_perUnitAndInTotal() throws Exception {
    JsonNode p = json.readTree(get(s.zzb(), "/participation").text());
    assertThat(p.path("rows")).hasSize(23);
    assertThat(p.path("total").path("branches").asInt()).isEqualTo(3);
    assertThat(p.path("total").path("branchesTakingPart").asInt()).isEqualTo(2);
    assertThat(p.path("total").path("membersByChannel").path("PHONE").asInt()).isEqualTo(2);
    assertThat(p.path("total").path("memberParticipationPercent").decimalValue()).isEqualByComparingTo("98.0");
    assertThat(get(s.staff(2), "/participation?organization=" + s.units.get(0)).status()).isEqualTo(403);
    assertThat(get(s.staff(1), "/participation?organization=" + s.units.get(0)).status()).isEqualTo(200);
  }

  private static List<String> text(Row row) {
    DataFormatter format = new DataFormatter();
    List<String> cells = new ArrayList<>();
    row.forEach(c -> cells.add(format.formatCellValue(c)));
    return cells;
  }

  private static List<String> row(Sheet sheet, String first) {
    for (Row r : sheet) if (!text(r).isEmpty() && text(r).get(0).equals(first)) return text(r);
    throw new AssertionError("No row " + first + " in " + sheet.getSheetName());
  }

  private static List<String> names(Sheet sheet, int from, int to) {
    List<String> names = new ArrayList<>();
    for (int i = from; i < to; i++) names.add(text(sheet.getRow(i)).get(1));
    return names;
  }

  private static String textOf(PDDocument pdf, int page) throws Exception {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return flat(stripper.getText(pdf));
  }

  /** Extracted text without line breaks and spaces (a wrapped line breaks anywhere in Chinese). */
  private static String flat(String text) {
    return text.replaceAll("\\s+", "");
  }
}
