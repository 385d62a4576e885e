package cn.congress.nomination.dashboard;

import cn.congress.nomination.security.CurrentViewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data of the dashboard page ({@code /dashboard/}), which calls it on the user's Tasklist login (or HTTP Basic):
 * the electoral unit's view for it and the levels above (supervision group included), a unit's view for that unit and
 * above. Anyone else: 403.
 */
@RestController
@RequestMapping("/api/dashboard")
@Tag(name = "dashboard", description = "工作进度看板：各单位、各党支部进度，时间节点，当前名单结构，人选调整")
class DashboardController {

  private final DashboardService dashboard;
  private final CurrentViewer viewer;

  DashboardController(DashboardService dashboard, CurrentViewer viewer) {
    this.dashboard = dashboard;
    this.viewer = viewer;
  }

  @GetMapping("/elections")
  @Operation(summary = "The elections the signed-in user may open on the dashboard, and at which level")
  List<DashboardView.Entry> elections() {
    return dashboard.entries(viewer.get());
  }

  @GetMapping("/elections/{electionId}")
  @Operation(summary = "The electoral unit's view: units and branches, deadlines, current list, participation, changes")
  DashboardView.ElectoralUnit electoralUnit(@PathVariable String electionId) {
    return dashboard.electoralUnit(electionId, viewer.get());
  }

  @GetMapping("/elections/{electionId}/units/{unitId}")
  @Operation(summary = "A recommending unit's view: its branches, deadlines, its own list, participation")
  DashboardView.Unit unit(@PathVariable String electionId, @PathVariable String unitId) {
    return dashboard.unit(electionId, unitId, viewer.get());
  }
}
