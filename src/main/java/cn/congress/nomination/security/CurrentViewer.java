package cn.congress.nomination.security;

import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.Organizations;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Resolves the signed-in user of this request into a {@link Viewer} from their Camunda group memberships. */
@Component
public class CurrentViewer {

  static final String REQUEST_ATTRIBUTE = CurrentViewer.class.getName();

  private final IdentityService identityService;
  private final Organizations organizations;

  CurrentViewer(IdentityService identityService, Organizations organizations) {
    this.identityService = identityService;
    this.organizations = organizations;
  }

  public Viewer get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      throw new AccessDeniedException("未登录");
    }
    // EngineAuthenticationFilter resolved this request's viewer already: reuse it instead of querying again
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    Object resolved = request == null ? null : request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    if (resolved instanceof Viewer viewer && viewer.userId().equals(authentication.getName())) return viewer;
    return of(authentication.getName());
  }

  /**
   * The user the engine acts for (Tasklist, /engine-rest and the domain API all set the engine's authentication): the
   * person a task listener checks before letting a completion through.
   */
  public Viewer ofEngineUser() {
    org.camunda.bpm.engine.impl.identity.Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new AccessDeniedException("须以本人账号登录办理此任务");
    }
    return of(authentication.getUserId());
  }

  public Viewer of(String userId) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    List<Organization> own = new ArrayList<>();
    for (Group group : SystemCalls.asSystem(identityService,
        () -> identityService.createGroupQuery().groupMember(userId).list())) {
      Role.ofGroup(group.getId()).ifPresentOrElse(roles::add,
          () -> organizations.find(group.getId()).ifPresent(own::add));
    }
    return new Viewer(userId, List.copyOf(own), roles);
  }
}
