package cn.congress.nomination.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the Tasklist forms call the domain API on the user's Tasklist login: a request without credentials that rides
 * on a Camunda webapp session is that session's user. Because a browser sends the session cookie on its own, every
 * modifying request must also carry the session's CSRF token in {@code X-XSRF-TOKEN}, as Camunda's own filter demands
 * for the webapps' API (Tasklist's AngularJS sends it on every same-origin request).
 */
class TasklistSessionFilter extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final String engineName;
  private final ApiErrorWriter errors;

  TasklistSessionFilter(String engineName, ApiErrorWriter errors) {
    this.engineName = engineName;
    this.errors = errors;
  }

  /** The public publicity paths never act on a session: a visitor's Tasklist login plays no part there. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return SecurityConfiguration.isPublic(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    String userId = request.getHeader("Authorization") == null ? tasklistUser(session) : null;
    if (userId == null) {
      chain.doFilter(request, response);
      return;
    }
    if (!SAFE_METHODS.contains(request.getMethod()) && !tokenMatches(request, session)) {
      errors.write(response, HttpServletResponse.SC_FORBIDDEN, "请求被拒绝：缺少或无效的 CSRF 令牌（X-XSRF-TOKEN）");
      return;
    }
    var authentication = UsernamePasswordAuthenticationToken.authenticated(userId, null, List.of());
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private String tasklistUser(HttpSession session) {
    if (session == null) return null;
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engineName);
    return authentication == null ? null : authentication.getName();
  }

  private static boolean tokenMatches(HttpServletRequest request, HttpSession session) {
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && given != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
