package cn.congress.nomination.support;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/** Engine calls made as a user with all their groups, as Tasklist and the API make them. */
public final class EngineUsers {
  private EngineUsers() {}

  public static void as(IdentityService identityService, String user, Runnable call) {
    List<String> ids = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(user, ids);
    try {
      call.run();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
