package cn.congress.nomination.congress;

import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.SystemCalls;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Counters and scrutineers are logins holding that role: a counting task given to a user who does not exist, or who
 * cannot open counting forms, would wait for ever.
 */
@Component
class StaffAccounts {

  private final IdentityService identityService;

  StaffAccounts(IdentityService identityService) {
    this.identityService = identityService;
  }

  List<Violation> check(String field, List<String> users, Role role) {
    List<Violation> v = new ArrayList<>();
    for (int i = 0; i < users.size(); i++) {
      String user = users.get(i);
      if (user == null || user.isBlank()) continue;  // reported by CountingDuties
      // the signed-in organization department may not read users: asked as the application
      long holders = SystemCalls.asSystem(identityService, () -> identityService.createUserQuery().userId(user)
          .memberOfGroup(role.groupId()).count());
      if (holders == 0) {
        v.add(Violation.of(field + "[" + i + "]", "STAFF_ACCOUNT", field + "[" + i + "]：" + user + " 不是具有“"
            + role.label() + "”角色的用户"));
      }
    }
    return v;
  }
}
