package cn.congress.nomination.security;

import cn.congress.nomination.organization.Organization;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the engine's authentication for a domain API request, so that engine calls made on the user's behalf are
 * checked against the user's authorizations, exactly as in Tasklist and /engine-rest.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final CurrentViewer currentViewer;

  EngineAuthenticationFilter(IdentityService identityService, CurrentViewer currentViewer) {
    this.identityService = identityService;
    this.currentViewer = currentViewer;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getUserPrincipal() == null) {
      chain.doFilter(request, response);
      return;
    }
    Viewer viewer = currentViewer.of(request.getUserPrincipal().getName());
    request.setAttribute(CurrentViewer.REQUEST_ATTRIBUTE, viewer);
    List<String> groups = new ArrayList<>(viewer.organizations().stream().map(Organization::id).toList());
    viewer.roles().forEach(role -> groups.add(role.groupId()));
    identityService.setAuthentication(viewer.userId(), groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
