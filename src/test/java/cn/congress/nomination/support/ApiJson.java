package cn.congress.nomination.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.StreamSupport;

/** Reading the domain API's JSON answers in HTTP tests: the body, and the rule codes of a 422. */
public final class ApiJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiJson() {}

  public static JsonNode body(Api.Response response) throws Exception {
    return JSON.readTree(response.body());
  }

  /** The {@code rule} of each of the answer's {@code violations}, in order. */
  public static List<String> rules(Api.Response response) throws Exception {
    return StreamSupport.stream(body(response).get("violations").spliterator(), false)
        .map(v -> v.get("rule").asText()).toList();
  }
}
