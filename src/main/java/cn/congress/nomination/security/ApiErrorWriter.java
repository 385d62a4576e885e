package cn.congress.nomination.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** Writes the API's error body ({@code {status, message}}) from security filters, which run before the controllers. */
final class ApiErrorWriter {

  private final ObjectMapper json;

  ApiErrorWriter(ObjectMapper json) {
    this.json = json;
  }

  void write(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    json.writeValue(response.getOutputStream(), Map.of("status", status, "message", message));
  }
}
