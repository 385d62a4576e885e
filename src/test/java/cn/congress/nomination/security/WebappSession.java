package cn.congress.nomination.security;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * A browser's session with the Camunda webapps over real HTTP: the JSESSIONID cookie from the login, and the
 * XSRF-TOKEN cookie that Camunda's CsrfPreventionFilter sets on a fetch (GET) and expects back in the X-XSRF-TOKEN
 * header of every modifying request, exactly as Tasklist's JavaScript does.
 */
final class WebappSession {

  record Response(int status, String body) {}

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  WebappSession(int port) {
    this.port = port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** Logs in to one webapp (tasklist, cockpit, admin) with the form the login page posts. */
  Response login(String app, String user, String password) {
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return modify("POST", "/camunda/api/admin/auth/user/default/login/" + app,
        "application/x-www-form-urlencoded", form, true);
  }

  Response get(String path) {
    return send(request(path).GET());
  }

  /** A modifying request as the webapp sends it: with the session's CSRF token in the header. */
  Response post(String path, String json) {
    return modify("POST", path, "application/json", json, true);
  }

  /** A modifying request as a forged cross-site form would send it: the cookies, but no token header. */
  Response postWithoutCsrfToken(String path, String json) {
    return modify("POST", path, "application/json", json, false);
  }

  Optional<String> csrfToken() {
    return cookies.getCookieStore().get(URI.create("http://localhost:" + port + "/camunda/")).stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst();
  }

  private Response modify(String method, String path, String contentType, String body, boolean withToken) {
    HttpRequest.Builder builder = request(path).header("Content-Type", contentType)
        .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (withToken) {
      // The filter hands a session its token on a fetch; a fresh or renewed session needs one first.
      get("/camunda/app/tasklist/default/");
      builder.header("X-XSRF-TOKEN", csrfToken().orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie")));
    }
    return send(builder);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofMinutes(1))
        .header("Accept", "application/json");
  }

  private Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
