package cn.congress.nomination.notice;

import cn.congress.nomination.security.CurrentViewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The notices (outbox and inbox): an organization's users read those of their subtree. */
@RestController
@RequestMapping("/api/notices")
@Tag(name = "notices", description = "通知：下发的推荐工作通知、人选确定通知、截止提醒与催办")
class NoticeController {

  private static final int MAX_PAGE = 500;

  private final NoticeService service;
  private final CurrentViewer currentViewer;

  NoticeController(NoticeService service, CurrentViewer currentViewer) {
    this.service = service;
    this.currentViewer = currentViewer;
  }

  @GetMapping
  @Operation(summary = "Notices of organizations within the viewer's subtree (or the given organization's), newest first")
  List<Notice> list(@RequestParam(required = false) String electionId,
                    @RequestParam(required = false) String organizationId,
                    @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
    return service.list(electionId, organizationId, Math.max(0, offset), Math.min(MAX_PAGE, Math.max(1, limit)),
        currentViewer.get());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One notice with its delivery state")
  Notice get(@PathVariable long id) {
    return service.read(id, currentViewer.get());
  }

  @PostMapping("/{id}/retry")
  @Operation(summary = "Deliver a failed (or pending) notice again, from attempt 0 (managers of its organization)")
  Notice retry(@PathVariable long id) {
    return service.retry(id, currentViewer.get());
  }
}
