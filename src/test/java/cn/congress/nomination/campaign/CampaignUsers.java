package cn.congress.nomination.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a user does in Tasklist, over the engine's REST API with their own login: find their task of a process,
 * claim it, complete it. The forms' own calls go to the domain API ({@link #api}).
 */
final class CampaignUsers {

  static final String PASSWORD = "demo";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port;

  CampaignUsers(int port) {
    this.port = port;
  }

  int port() {
    return port;
  }

  Api api(String user) {
    return Api.as(port, user, PASSWORD);
  }

  /** The user's open task with this definition key in the process with this business key, if they can see one. */
  Optional<String> task(String user, String businessKey, String taskKey) {
    Api.Response found = api(user).get("/engine-rest/task?processInstanceBusinessKey=" + encode(businessKey)
        + "&taskDefinitionKey=" + taskKey);
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    JsonNode tasks = read(found.body());
    return tasks.isEmpty() ? Optional.empty() : Optional.of(tasks.get(0).path("id").asText());
  }

  String requireTask(String user, String businessKey, String taskKey) {
    return task(user, businessKey, taskKey)
        .orElseThrow(() -> new AssertionError(user + " has no task " + taskKey + " in " + businessKey));
  }

  /** Claims and completes, as Tasklist does; returns the response of the completion (a refused rule is a 4xx/5xx). */
  Api.Response claimAndComplete(String user, String taskId) {
    Api api = api(user);
    Api.Response claimed = api.post("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}");
    assertThat(claimed.status()).as(user + " claims " + taskId + ": " + claimed.body()).isEqualTo(204);
    return api.post("/engine-rest/task/" + taskId + "/complete", "{\"variables\":{}}");
  }

  void completeOk(String user, String businessKey, String taskKey) {
    Api.Response done = claimAndComplete(user, requireTask(user, businessKey, taskKey));
    assertThat(done.status()).as(user + " completes " + taskKey + " of " + businessKey + ": " + done.body())
        .isEqualTo(204);
  }

  static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
