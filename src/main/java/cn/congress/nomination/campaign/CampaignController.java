package cn.congress.nomination.campaign;

import cn.congress.nomination.security.CurrentViewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Starting an election's campaign and following it. */
@RestController
@RequestMapping("/api/elections/{id}/campaign")
@Tag(name = "campaign", description = "换届推荐工作：启动、进度、日程调整")
class CampaignController {

  private final CampaignService service;
  private final CurrentViewer currentViewer;

  CampaignController(CampaignService service, CurrentViewer currentViewer) {
    this.service = service;
    this.currentViewer = currentViewer;
  }

  @PostMapping
  @Operation(summary = "Start the campaign of a valid DRAFT election (its electoral unit's organization department)",
      description = "Sends 一下 to every recommending unit, starts their processes in batches and waits for their lists. "
          + "The election becomes ACTIVE.")
  @ApiResponses({
      @ApiResponse(responseCode = "201", description = "Started; where it stands"),
      @ApiResponse(responseCode = "403", description = "Not a manager of the electoral unit"),
      @ApiResponse(responseCode = "422", description = "Invalid election, not a draft, or already started")})
  ResponseEntity<CampaignState> start(@PathVariable String id) {
    CampaignState state = service.start(id, currentViewer.get());
    return ResponseEntity.created(URI.create("/api/elections/" + id + "/campaign")).body(state);
  }

  @GetMapping
  @Operation(summary = "Where the campaign stands: NOT_STARTED, RUNNING (current activities) or ENDED, and the units' "
      + "fan-out counts")
  CampaignState get(@PathVariable String id) {
    return service.read(id, currentViewer.get());
  }
}
