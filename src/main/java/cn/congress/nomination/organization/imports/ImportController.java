package cn.congress.nomination.organization.imports;

import cn.congress.nomination.security.CurrentViewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Uploads of organizations and members files (multipart field {@code file}, .csv or .xlsx); see docs/import-format.md. */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "imports", description = "导入组织与党员（CSV / XLSX）")
class ImportController {

  private final OrganizationImport organizationImport;
  private final MemberImport memberImport;
  private final CurrentViewer currentViewer;

  ImportController(OrganizationImport organizationImport, MemberImport memberImport, CurrentViewer currentViewer) {
    this.organizationImport = organizationImport;
    this.memberImport = memberImport;
    this.currentViewer = currentViewer;
  }

  @PostMapping(path = "/organizations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Import organizations (insert new, update changed); all rows or none, 422 lists every error")
  ImportSummary organizations(@RequestPart("file") MultipartFile file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return organizationImport.run(currentViewer.get(), file.getOriginalFilename(), in);
    }
  }

  @PostMapping(path = "/members", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Import members into existing branches (insert new, update changed, keep absent ones)")
  ImportSummary members(@RequestPart("file") MultipartFile file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return memberImport.run(currentViewer.get(), file.getOriginalFilename(), in);
    }
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<Map<String, Object>> noFile(MissingServletRequestPartException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .body(Map.of("status", 400, "message", "缺少上传文件：请在表单字段 file 中上传 .csv 或 .xlsx 文件"));
  }
}
