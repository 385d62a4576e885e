package cn.congress.nomination.nomination.branch;

import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.CurrentViewer;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The branch nomination API: the branch's meeting record (read, save, submit), send back from above, the five
 * must-knows, and the member picker of the electoral unit.
 */
@RestController
@RequestMapping("/api/nominations/{electionId}")
class BranchNominationController {

  record SendBack(String reason) {}

  record ApiError(int status, String message, List<Violation> violations) {}

  private final BranchMeetings meetings;
  private final CurrentViewer viewer;

  BranchNominationController(BranchMeetings meetings, CurrentViewer viewer) {
    this.meetings = meetings;
    this.viewer = viewer;
  }

  @GetMapping("/branches/{branchId}")
  BranchView read(@PathVariable String electionId, @PathVariable String branchId) {
    return meetings.read(electionId, branchId, viewer.get());
  }

  @PutMapping("/branches/{branchId}/meeting")
  BranchView save(@PathVariable String electionId, @PathVariable String branchId,
                  @RequestBody MeetingRequest request) {
    return meetings.save(electionId, branchId, request, viewer.get());
  }

  @PostMapping("/branches/{branchId}/submit")
  BranchView submit(@PathVariable String electionId, @PathVariable String branchId) {
    return meetings.submitTask(electionId, branchId, viewer.get());
  }

  @PostMapping("/branches/{branchId}/send-back")
  BranchView sendBack(@PathVariable String electionId, @PathVariable String branchId,
                      @RequestBody(required = false) SendBack request) {
    return meetings.sendBack(electionId, branchId, request == null ? null : request.reason(), viewer.get());
  }

  @PostMapping("/branches/{branchId}/must-knows")
  List<BranchView.MustKnowView> confirmMustKnow(@PathVariable String electionId, @PathVariable String branchId,
                                                @RequestBody MustKnowRequest request) {
    return meetings.confirmMustKnow(electionId, branchId, request, viewer.get());
  }

  @GetMapping("/branches/{branchId}/must-knows")
  List<BranchView.MustKnowView> mustKnows(@PathVariable String electionId, @PathVariable String branchId) {
    return meetings.readMustKnows(electionId, branchId, viewer.get());
  }

  @GetMapping("/candidates")
  List<CandidateView> candidates(@PathVariable String electionId, @RequestParam(name = "q", required = false) String q,
                                 @RequestParam(name = "limit", required = false) Integer limit) {
    return meetings.candidates(electionId, q, limit, viewer.get());
  }

  @ExceptionHandler(BranchConflictException.class)
  ResponseEntity<ApiError> conflict(BranchConflictException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError(409, e.getMessage(), List.of()));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiError> notAuthorized(AuthorizationException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(new ApiError(403, "无权办理该任务：任务不属于你所在的组织", List.of()));
  }
}
