package cn.congress.nomination.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * Authentication everywhere: the domain API ({@code /api/**}) by Spring Security against Camunda's users, the engine's
 * REST API ({@code /engine-rest/*}) by Camunda's own filter, the webapps by their login page (with their own CSRF filter).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Bean
  @Order(1)
  SecurityFilterChain domainApi(HttpSecurity http, IdentityService identityService, CurrentViewer currentViewer,
                                ObjectMapper json) throws Exception {
    AuthenticationEntryPoint unauthenticated = (request, response, e) ->
        writeError(response, json, HttpServletResponse.SC_UNAUTHORIZED, "需要登录：请提供用户名和密码");
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        // No browser login dialog (no Basic challenge): browsers never cache these credentials, so a request that
        // carries them was sent by a program on purpose. Requests riding on a cookie must carry the CSRF token.
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
            .requireCsrfProtectionMatcher(request -> !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader("Authorization") == null))
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(unauthenticated)
            .accessDeniedHandler((request, response, e) -> {
              // A POST without credentials is stopped by the CSRF check before authentication is asked for: it is
              // an unauthenticated request (the API is stateless, so no cookie can have signed it in) and gets 401.
              if (request.getUserPrincipal() == null) unauthenticated.commence(request, response, null);
              else writeError(response, json, HttpServletResponse.SC_FORBIDDEN, "请求被拒绝：" + e.getMessage());
            }))
        .addFilterAfter(new EngineAuthenticationFilter(identityService, currentViewer), AuthorizationFilter.class);
    return http.build();
  }

  /** Everything else is secured by Camunda: its webapps by their own login and CSRF filter, /engine-rest below. */
  @Bean
  @Order(2)
  SecurityFilterChain webapps(HttpSecurity http) throws Exception {
    http.securityMatcher("/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
    return http.build();
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-engine-rest-authentication");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  private static void writeError(HttpServletResponse response, ObjectMapper json, int status, String message)
      throws java.io.IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    json.writeValue(response.getOutputStream(), Map.of("status", status, "message", message));
  }
}
