package cn.congress.nomination.report;

import cn.congress.nomination.election.Elections;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.CurrentViewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Materials and statistics to download: of a stage's list (the electoral unit and above), of a recommending unit's own
 * list (that unit and above), and of any list posted with its stage (the electoral unit and above). 403 for anyone else.
 */
@RestController
@RequestMapping("/api/reports/elections/{electionId}")
@Tag(name = "reports", description = "材料与统计：名册、登记表、统计表、情况报告、工作总结；结构统计、参与情况、人选调整")
class ReportController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ReportLists lists;
  private final ReportMaterials materials;
  private final ParticipationReport participation;
  private final RoundChanges changes;
  private final ReportAccess access;
  private final Elections elections;
  private final CurrentViewer viewer;

  ReportController(ReportLists lists, ReportMaterials materials, ParticipationReport participation,
                   RoundChanges changes, ReportAccess access, Elections elections, CurrentViewer viewer) {
    this.lists = lists;
    this.materials = materials;
    this.participation = participation;
    this.changes = changes;
    this.access = access;
    this.elections = elections;
    this.viewer = viewer;
  }

  /** A list posted by a later stage (or any selection): its stage, a title, the member ids in order. */
  record ListRequest(Stage stage, String title, List<String> memberIds) {}

  // --- a stage's list ---

  @GetMapping("/stages/{stage}/roster.xlsx")
  @Operation(summary = "Roster (名册) of the stage's current list, XLSX (RECOMMENDATION: every unit's filed names)")
  ResponseEntity<byte[]> stageRoster(@PathVariable String electionId, @PathVariable Stage stage) {
    ReportList list = stageList(electionId, stage);
    return xlsx(materials.rosterXlsx(list), list.title());
  }

  @GetMapping("/stages/{stage}/statistics.xlsx")
  @Operation(summary = "Statistics table (统计表) of the stage's list: composition, structure rules, participation")
  ResponseEntity<byte[]> stageStatistics(@PathVariable String electionId, @PathVariable Stage stage) {
    ReportList list = stageList(electionId, stage);
    return xlsx(materials.statisticsXlsx(list), stage.label() + "统计表");
  }

  @GetMapping("/stages/{stage}/registration-forms.pdf")
  @Operation(summary = "Registration forms (登记表) of the stage's list, one A4 page per person, PDF to print and sign")
  ResponseEntity<byte[]> stageForms(@PathVariable String electionId, @PathVariable Stage stage) {
    return pdf(materials.registrationFormsPdf(stageList(electionId, stage)), stage.label() + "登记表");
  }

  @GetMapping("/stages/{stage}/situation-report.pdf")
  @Operation(summary = "Situation report (情况报告) on the stage's list: composition, rules, participation, changes")
  ResponseEntity<byte[]> stageReport(@PathVariable String electionId, @PathVariable Stage stage) {
    return pdf(materials.situationReportPdf(stageList(electionId, stage)), "关于" + stage.label() + "的情况报告");
  }

  @GetMapping("/stages/{stage}/composition")
  @Operation(summary = "Composition of the stage's list (counts, percentages, structure rules met or not), JSON")
  Composition stageComposition(@PathVariable String electionId, @PathVariable Stage stage) {
    return materials.composition(stageList(electionId, stage));
  }

  // --- a recommending unit's own list ---

  @GetMapping("/units/{unitId}/roster.xlsx")
  @Operation(summary = "A recommending unit's roster of its recommended names (the unit and the levels above)")
  ResponseEntity<byte[]> unitRoster(@PathVariable String electionId, @PathVariable String unitId) {
    ReportList list = unitList(electionId, unitId);
    return xlsx(materials.rosterXlsx(list), list.title());
  }

  @GetMapping("/units/{unitId}/statistics.xlsx")
  @Operation(summary = "A recommending unit's nomination statistics: its list's composition, its participation")
  ResponseEntity<byte[]> unitStatistics(@PathVariable String electionId, @PathVariable String unitId) {
    ReportList list = unitList(electionId, unitId);
    return xlsx(materials.statisticsXlsx(list), list.title().replace("名册", "统计表"));
  }

  @GetMapping("/units/{unitId}/registration-forms.pdf")
  @Operation(summary = "A recommending unit's registration forms of its recommended names, PDF")
  ResponseEntity<byte[]> unitForms(@PathVariable String electionId, @PathVariable String unitId) {
    return pdf(materials.registrationFormsPdf(unitList(electionId, unitId)), "推荐人选登记表");
  }

  @GetMapping("/units/{unitId}/work-summary.pdf")
  @Operation(summary = "A recommending unit's work summary (工作总结) with its statistics, PDF")
  ResponseEntity<byte[]> unitSummary(@PathVariable String electionId, @PathVariable String unitId) {
    access.requireRead(viewer.get(), unitId);
    return pdf(materials.workSummaryPdf(electionId, unitId), "推荐提名工作总结");
  }

  @GetMapping("/units/{unitId}/composition")
  @Operation(summary = "Composition of a recommending unit's list against the rules for the units' lists, JSON")
  Composition unitComposition(@PathVariable String electionId, @PathVariable String unitId) {
    return materials.composition(unitList(electionId, unitId));
  }

  // --- any list ---

  @PostMapping("/lists/{document:roster\\.xlsx|statistics\\.xlsx|registration-forms\\.pdf|situation-report\\.pdf}")
  @Operation(summary = "Materials of a list given by its stage and member ids (for the stages after the targets)",
      description = "Body: {stage, title, memberIds}. Unknown or repeated members: 422 naming the field and rule.")
  ResponseEntity<byte[]> givenList(@PathVariable String electionId, @PathVariable String document,
                                   @RequestBody ListRequest request) {
    ReportList list = given(electionId, request);
    return switch (document) {
      case "roster.xlsx" -> xlsx(materials.rosterXlsx(list), list.title());
      case "statistics.xlsx" -> xlsx(materials.statisticsXlsx(list), list.title().replace("名册", "") + "统计表");
      case "registration-forms.pdf" -> pdf(materials.registrationFormsPdf(list), list.stage().label() + "登记表");
      default -> pdf(materials.situationReportPdf(list), "关于" + list.stage().label() + "的情况报告");
    };
  }

  @PostMapping("/lists/composition")
  @Operation(summary = "Composition of a list given by its stage and member ids, JSON")
  Composition givenComposition(@PathVariable String electionId, @RequestBody ListRequest request) {
    return materials.composition(given(electionId, request));
  }

  // --- participation and changes ---

  @GetMapping("/participation")
  @Operation(summary = "Participation per child organization and in total (default: the electoral unit's units)")
  Participation participation(@PathVariable String electionId, @RequestParam(required = false) String organization) {
    String id = organization == null ? elections.get(electionId).electoralUnitId() : organization;
    access.requireRead(viewer.get(), id);
    return participation.of(electionId, id);
  }

  @GetMapping("/participation.xlsx")
  @Operation(summary = "Participation as a statistics table (XLSX), with the current list's composition")
  ResponseEntity<byte[]> participationTable(@PathVariable String electionId) {
    ReportList list = lists.current(electionId);
    access.requireRead(viewer.get(), list.organizationId());
    return xlsx(materials.statisticsXlsx(list), "推荐提名情况统计表");
  }

  @GetMapping("/changes")
  @Operation(summary = "Names added or dropped between rounds and names taken off, each with the recorded reason")
  List<RoundChanges.Change> changes(@PathVariable String electionId) {
    access.requireRead(viewer.get(), elections.get(electionId).electoralUnitId());
    return changes.of(electionId);
  }

  private ReportList stageList(String electionId, Stage stage) {
    access.requireRead(viewer.get(), elections.get(electionId).electoralUnitId());
    return lists.ofStage(electionId, stage);
  }

  private ReportList unitList(String electionId, String unitId) {
    access.requireRead(viewer.get(), unitId);
    return lists.ofUnit(electionId, unitId);
  }

  private ReportList given(String electionId, ListRequest request) {
    access.requireRead(viewer.get(), elections.get(electionId).electoralUnitId());
    if (request == null) {
      throw new ValidationException("名单无法生成材料", List.of(Violation.of("memberIds", "REQUIRED", "memberIds：名单不能为空")));
    }
    return lists.given(electionId, request.stage(), request.title(), request.memberIds());
  }

  static ResponseEntity<byte[]> xlsx(byte[] body, String name) {
    return download(body, XLSX, name + ".xlsx");
  }

  static ResponseEntity<byte[]> pdf(byte[] body, String name) {
    return download(body, MediaType.APPLICATION_PDF, name + ".pdf");
  }

  private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(fileName, StandardCharsets.UTF_8).build().toString())
        .body(body);
  }
}
