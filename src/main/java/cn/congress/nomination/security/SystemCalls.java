package cn.congress.nomination.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls that the application itself makes (identity sync, set-up), not the user of the request: the
 * engine checks authorizations only while an authentication is set, so it is lifted for the call and restored after.
 */
public final class SystemCalls {
  private SystemCalls() {}

  public static <T> T asSystem(IdentityService identityService, Supplier<T> call) {
    Authentication current = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return call.get();
    } finally {
      if (current != null) identityService.setAuthentication(current);
    }
  }

  public static void asSystem(IdentityService identityService, Runnable call) {
    asSystem(identityService, () -> {
      call.run();
      return null;
    });
  }
}
