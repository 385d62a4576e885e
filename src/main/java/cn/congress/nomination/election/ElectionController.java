package cn.congress.nomination.election;

import cn.congress.nomination.security.CurrentViewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Elections configured as data: the electoral unit's organization department writes, its subtree reads. */
@RestController
@RequestMapping("/api/elections")
@Tag(name = "elections", description = "选举配置：名额、差额、结构要求、身份界定、推荐单位名额、日程、表决规则")
class ElectionController {

  private static final int MAX_PAGE = 500;

  private final ElectionService service;
  private final CurrentViewer currentViewer;

  ElectionController(ElectionService service, CurrentViewer currentViewer) {
    this.service = service;
    this.currentViewer = currentViewer;
  }

  @PostMapping
  @Operation(summary = "Create an election (DRAFT) from its whole configuration",
      description = "Format: docs/election-configuration.md. Every violation is reported at once; nothing is written then.")
  @ApiResponses({
      @ApiResponse(responseCode = "201", description = "Created; the stored election"),
      @ApiResponse(responseCode = "403", description = "Not the organization department of the electoral unit"),
      @ApiResponse(responseCode = "422", description = "Invalid configuration: every violation with field path and rule")})
  ResponseEntity<Election> create(@RequestBody ElectionConfig config) {
    Election election = service.create(config, currentViewer.get());
    return ResponseEntity.created(URI.create("/api/elections/" + election.id())).body(election);
  }

  @GetMapping
  @Operation(summary = "Elections the user may read, optionally of one electoral unit")
  List<ElectionSummary> list(@Parameter(description = "id of the electoral unit")
                             @RequestParam(required = false) String electoralUnit) {
    return service.list(electoralUnit, currentViewer.get());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One election with its whole configuration")
  @ApiResponses({
      @ApiResponse(responseCode = "200", description = "The election"),
      @ApiResponse(responseCode = "403", description = "Outside what the user may read"),
      @ApiResponse(responseCode = "404", description = "No such election")})
  Election get(@PathVariable String id) {
    return service.read(id, currentViewer.get());
  }

  @PutMapping("/{id}")
  @Operation(summary = "Replace the configuration of a DRAFT election",
      description = "The electoral unit cannot change; identity categories already assigned to members cannot be removed.")
  @ApiResponses({
      @ApiResponse(responseCode = "200", description = "The stored election"),
      @ApiResponse(responseCode = "403", description = "Not the organization department of the electoral unit"),
      @ApiResponse(responseCode = "422", description = "Invalid configuration or not a draft; nothing written")})
  Election replace(@PathVariable String id, @RequestBody ElectionConfig config) {
    return service.replace(id, config, currentViewer.get());
  }

  @PostMapping("/validate")
  @Operation(summary = "Dry run of a new election's configuration: the violations, nothing written")
  ValidationReport validateNew(@RequestBody ElectionConfig config) {
    return service.validateNew(config, currentViewer.get());
  }

  @PostMapping("/{id}/validate")
  @Operation(summary = "Dry run of a replacement configuration; without a body, checks the stored configuration",
      description = "Answers 200 with {valid, violations}; nothing is written.")
  ValidationReport validate(@PathVariable String id, @RequestBody(required = false) ElectionConfig config) {
    return service.validate(id, Optional.ofNullable(config), currentViewer.get());
  }

  @GetMapping("/{id}/identities")
  @Operation(summary = "The identity definition of members in this election, a page at a time (by member id)")
  List<IdentityAssignment> identities(@PathVariable String id, @RequestParam(defaultValue = "0") int offset,
                                      @RequestParam(defaultValue = "100") int limit) {
    return service.identities(id, Math.max(0, offset), Math.min(MAX_PAGE, Math.max(1, limit)), currentViewer.get());
  }

  @PutMapping("/{id}/identities")
  @Operation(summary = "Assign the primary identity category of members in bulk (insert or replace each listed member)",
      description = "All or nothing. Rules: known member of this electoral unit, known category, evidence where the "
          + "category requires it, no leading cadre in a frontline category (顶帽子), no leader category without rank, "
          + "each member once.")
  @ApiResponses({
      @ApiResponse(responseCode = "200", description = "{assigned: number of members whose identity changed}"),
      @ApiResponse(responseCode = "422", description = "Every violation with its row ([i].field) and rule")})
  Map<String, Integer> assign(@PathVariable String id, @RequestBody List<IdentityRequest> lines) {
    return Map.of("assigned", service.assignIdentities(id, lines, currentViewer.get()));
  }

  @DeleteMapping("/{id}/identities/{memberId}")
  @Operation(summary = "Remove a member's identity definition in this election")
  ResponseEntity<Void> remove(@PathVariable String id, @PathVariable String memberId) {
    service.removeIdentity(id, memberId, currentViewer.get());
    return ResponseEntity.noContent().build();
  }
}
