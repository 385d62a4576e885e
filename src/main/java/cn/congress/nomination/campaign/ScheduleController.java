package cn.congress.nomination.campaign;

import cn.congress.nomination.election.Deadline;
import cn.congress.nomination.security.CurrentViewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The schedule of an election, changeable while it runs: pending reminders and deadlines follow. */
@RestController
@RequestMapping("/api/elections/{id}/schedule")
@Tag(name = "campaign", description = "换届推荐工作：启动、进度、日程调整")
class ScheduleController {

  private final ScheduleService service;
  private final CurrentViewer currentViewer;

  ScheduleController(ScheduleService service, CurrentViewer currentViewer) {
    this.service = service;
    this.currentViewer = currentViewer;
  }

  @PutMapping
  @Operation(summary = "Replace the schedule (managers of the electoral unit); pending timers of its processes move",
      description = "Body: [{step, dueOn}]. Checked like the election's schedule (steps once, in order, election date "
          + "between its neighbours); audited. Answers the stored schedule.")
  List<Deadline> replace(@PathVariable String id, @RequestBody List<Deadline> schedule) {
    return service.replace(id, schedule, currentViewer.get());
  }
}
