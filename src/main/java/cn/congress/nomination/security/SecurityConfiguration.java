package cn.congress.nomination.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Authentication everywhere: the domain API ({@code /api/**}) by Spring Security against Camunda's users, the engine's
 * REST API ({@code /engine-rest/*}) by Camunda's own filter, the webapps by their login page (with their own CSRF filter).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String DOCS = "/api/docs/";
  /**
   * The only paths of /api open without login: what a publicity publishes (GET) and the objection form's endpoint
   * (POST; rate- and size-limited by its controller). No session is used on them, so they need no CSRF token.
   */
  static final String PUBLIC_PUBLICITY = "/api/public/publicities/*";
  static final String PUBLIC_OBJECTIONS = "/api/public/publicities/*/objections";

  static boolean isPublic(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String[] parts = path.split("/", -1);  // "", "api", "public", "publicities", "{id}"[, "objections"]
    boolean publicity = parts.length >= 5 && parts[1].equals("api") && parts[2].equals("public")
        && parts[3].equals("publicities") && !parts[4].isEmpty();
    if (publicity && parts.length == 5) return "GET".equals(request.getMethod());
    return publicity && parts.length == 6 && parts[5].equals("objections") && "POST".equals(request.getMethod());
  }

  @Bean
  @Order(1)
  SecurityFilterChain domainApi(HttpSecurity http, IdentityService identityService, CurrentViewer currentViewer,
                                ProcessEngine engine, ObjectMapper json) throws Exception {
    ApiErrorWriter errors = new ApiErrorWriter(json);
    AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
      // Only the API documentation (read-only pages for people) asks the browser to log in; its credentials are then
      // sent by the browser for /api/docs/ only.
      if (request.getRequestURI().startsWith(DOCS)) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"nomination-engine API docs\", charset=\"UTF-8\"");
      }
      errors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "需要登录：请提供用户名和密码");
    };
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(HttpMethod.GET, PUBLIC_PUBLICITY).permitAll()
            .requestMatchers(HttpMethod.POST, PUBLIC_OBJECTIONS).permitAll()
            .anyRequest().authenticated())
        // No browser login dialog (no Basic challenge): browsers never cache these credentials, so a request that
        // carries them was sent by a program on purpose and needs no CSRF token.
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // The only credential a browser sends by itself is the Tasklist session cookie; TasklistSessionFilter demands
        // the session's CSRF token for it, so Spring's own token (a second, different one) is not used here.
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(handling -> handling
            .authenticationEntryPoint(unauthenticated)
            .accessDeniedHandler((request, response, e) ->
                errors.write(response, HttpServletResponse.SC_FORBIDDEN, "请求被拒绝：" + e.getMessage())))
        .addFilterBefore(new TasklistSessionFilter(engine.getName(), errors), BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService, currentViewer), AuthorizationFilter.class);
    return http.build();
  }

  /** Everything else is secured by Camunda: its webapps by their own login and CSRF filter, /engine-rest below. */
  @Bean
  @Order(2)
  SecurityFilterChain webapps(HttpSecurity http) throws Exception {
    http.securityMatcher("/**")
        // The admin comes from configuration. Admin's first-visitor setup (page and endpoint) is closed for good, so
        // that it cannot reopen even if the camunda-admin group were ever emptied.
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/camunda/app/admin/*/setup/**", "/camunda/api/admin/setup/**").denyAll()
            .anyRequest().permitAll())
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
}
