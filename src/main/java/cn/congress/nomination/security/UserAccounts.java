package cn.congress.nomination.security;

import java.util.Collection;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates users in Camunda's identity service with their organization and roles; idempotent. */
@Service
public class UserAccounts {

  private final IdentityService identityService;

  UserAccounts(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Creates the user unless they exist, then adds the memberships they lack. Returns whether the user was new. */
  @Transactional
  public boolean provision(String userId, String name, String password, Collection<String> organizationIds,
                           Collection<Role> roles) {
    return SystemCalls.asSystem(identityService, () -> {
      boolean created = identityService.createUserQuery().userId(userId).count() == 0;
      if (created) {
        User user = identityService.newUser(userId);
        user.setFirstName(name);
        user.setLastName("");
        user.setPassword(password);
        identityService.saveUser(user);
      }
      for (String organizationId : organizationIds) join(userId, organizationId);
      for (Role role : roles) join(userId, role.groupId());
      return created;
    });
  }

  private void join(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }
}
