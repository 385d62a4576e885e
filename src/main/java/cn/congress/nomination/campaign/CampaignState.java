package cn.congress.nomination.campaign;

import cn.congress.nomination.fanout.FanOutStatus;
import java.util.List;

/** Where an election's campaign stands: NOT_STARTED, RUNNING or ENDED, its current activities and the units' fan-out. */
public record CampaignState(String electionId, String status, String processInstanceId, List<Activity> activities,
                            FanOutStatus units) {

  public record Activity(String id, String name) {}
}
