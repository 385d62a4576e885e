package cn.congress.nomination.support;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/** Runs an engine call as a user with their groups, as Tasklist and the domain API do (process tests). */
public final class AsUser {
  private AsUser() {}

  public static void run(IdentityService identityService, String user, Runnable call) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(user, groups);
    try {
      call.run();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
