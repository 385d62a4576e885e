package cn.congress.nomination.campaign;

import static cn.congress.nomination.campaign.ElectionCampaignProcess.*;

import cn.congress.nomination.fanout.FanOutIds;
import cn.congress.nomination.fanout.FanOuts;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The campaign's thin delegates: read the ids, call one service. */
@Configuration(proxyBeanMethods = false)
class CampaignDelegates {

  /** 一下: a notice with seats, names required, structure and deadlines to every recommending unit. */
  @Bean
  JavaDelegate sendDownRoundOneDelegate(RoundOne roundOne, Organizations organizations) {
    return execution -> roundOne.sendDown(electionId(execution), recommendingUnits(execution, organizations));
  }

  /** Opens the fan-out to the recommending units; their processes start in batches once the campaign waits. */
  @Bean
  JavaDelegate startRecommendingUnitsDelegate(FanOuts fanOuts, Organizations organizations) {
    return execution -> {
      String fanOutId = FanOutIds.units(electionId(execution));
      List<String> units = recommendingUnits(execution, organizations).stream().map(Organization::id).toList();
      fanOuts.openForChildren(fanOutId, electionId(execution), execution.getProcessInstanceId(), MESSAGE_UNITS_FILED,
          CHILD_PROCESS, units);
      execution.setVariable(VAR_UNITS_FAN_OUT_ID, fanOutId);
    };
  }

  /** The reminder timer: a notice to each unit that has not filed yet. */
  @Bean
  JavaDelegate remindLateUnitsDelegate(RoundOne roundOne, FanOuts fanOuts) {
    return execution -> roundOne.remind(electionId(execution),
        fanOuts.late((String) execution.getVariable(VAR_UNITS_FAN_OUT_ID)));
  }

  private static String electionId(DelegateExecution execution) {
    return (String) execution.getVariable(VAR_ELECTION_ID);
  }

  private static List<Organization> recommendingUnits(DelegateExecution execution, Organizations organizations) {
    return organizations.children((String) execution.getVariable(VAR_ELECTORAL_UNIT_ID)).stream()
        .filter(o -> o.type() == OrganizationType.RECOMMENDING_UNIT).toList();
  }
}
