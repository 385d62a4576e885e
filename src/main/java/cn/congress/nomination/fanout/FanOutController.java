package cn.congress.nomination.fanout;

import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.NotFoundException;
import cn.congress.nomination.security.CurrentViewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where a fan-out stands, for the level that waits for it (its organization and the levels above). */
@RestController
@RequestMapping("/api/fan-outs")
@Tag(name = "fan-outs", description = "下级流程的分批启动与汇总：应到、已启动、已完成、是否已汇总；未完成的下级")
class FanOutController {

  private final FanOuts fanOuts;
  private final Organizations organizations;
  private final CurrentViewer currentViewer;

  FanOutController(FanOuts fanOuts, Organizations organizations, CurrentViewer currentViewer) {
    this.fanOuts = fanOuts;
    this.organizations = organizations;
    this.currentViewer = currentViewer;
  }

  @GetMapping("/{id}")
  @Operation(summary = "Counts of a fan-out: expected, started, completed children, and whether the parent was correlated")
  FanOutStatus status(@PathVariable String id) {
    return readable(id);
  }

  @GetMapping("/{id}/late")
  @Operation(summary = "The children not completed yet, with their names (the escalation task lists them)")
  List<LateChild> late(@PathVariable String id) {
    readable(id);
    return fanOuts.lateWithNames(id);
  }

  private FanOutStatus readable(String id) {
    FanOutStatus status = fanOuts.status(id).orElseThrow(() -> new NotFoundException("汇总 " + id + " 不存在"));
    currentViewer.get().requireRead(organizations.get(status.parentOrganizationId()));
    return status;
  }
}
