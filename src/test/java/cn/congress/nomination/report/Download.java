package cn.congress.nomination.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A download over HTTP Basic as a user: status, content type, the raw bytes (support.Api reads text only). */
record Download(int status, String contentType, String disposition, byte[] body) {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  static Download get(int port, String user, String password, String path) {
    return send(port, user, password, HttpRequest.newBuilder(uri(port, path)).GET());
  }

  static Download post(int port, String user, String password, String path, String json) {
    return send(port, user, password, HttpRequest.newBuilder(uri(port, path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  private static URI uri(int port, String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static Download send(int port, String user, String password, HttpRequest.Builder request) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    try {
      HttpResponse<byte[]> response = CLIENT.send(request.header("Authorization", "Basic " + token).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Content-Disposition").orElse(""), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
