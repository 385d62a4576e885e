package cn.congress.nomination.campaign;

import cn.congress.nomination.election.Deadline;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.security.Viewer;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changing a running election's schedule: written and audited by the election, timers moved after the commit. */
@Service
class ScheduleService {

  private final ElectionService elections;
  private final ApplicationEventPublisher events;

  ScheduleService(ElectionService elections, ApplicationEventPublisher events) {
    this.elections = elections;
    this.events = events;
  }

  @Transactional
  List<Deadline> replace(String electionId, List<Deadline> schedule, Viewer viewer) {
    Election election = elections.replaceSchedule(electionId, schedule, viewer);
    events.publishEvent(new ScheduleChanged(electionId, viewer.userId()));
    return election.schedule();
  }
}
