package cn.congress.nomination.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The domain API over real HTTP as one user (Basic login, as the forms' calls and the end-to-end test do): every save
 * goes through the controller, its validation and the user's authorization. A refusal ends the simulation.
 */
final class Http {

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port;
  private final String user;
  private final String authorization;

  private Http(int port, String user, String password) {
    this.port = port;
    this.user = user;
    this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static Http as(int port, String user, String password) {
    return new Http(port, user, password);
  }

  static Http anonymous(int port) {
    return new Http(port, null, null);
  }

  JsonNode get(String path) {
    return read(send(request(path).GET(), path));
  }

  JsonNode put(String path, String json) {
    return read(send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)), path));
  }

  JsonNode post(String path, String json) {
    return read(send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)), path));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofMinutes(5)).header("Accept", "application/json");
    if (authorization != null) builder.header("Authorization", authorization);
    return builder;
  }

  private String send(HttpRequest.Builder builder, String path) {
    try {
      HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() < 200 || response.statusCode() > 299) {
        throw new SimulationFailure("%s %s as %s: HTTP %d %s".formatted(builder.build().method(), path, user,
            response.statusCode(), response.body()));
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SimulationFailure("interrupted: " + path);
    }
  }

  private static JsonNode read(String body) {
    try {
      return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
    } catch (IOException e) {
      throw new SimulationFailure("not JSON: " + body);
    }
  }
}
