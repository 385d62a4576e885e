package cn.congress.nomination.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The webapps, not logged in, get our Chinese locale and our config.js over HTTP, not the webjar's files. */
@IntegrationTest
class WebappLocaleServedTest {

  @LocalServerPort int port;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void chineseLocaleIsServed(String app) throws IOException {
    Api.Response response = Api.anonymous(port).get("/camunda/app/" + app + "/locales/zh.json");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(ours(app + "/locales/zh.json"));
    JsonNode labels = new ObjectMapper().readTree(response.body()).path("labels");
    assertThat(labels.path("PAGE_LOGIN_USERNAME").asText()).isEqualTo("用户名");
    assertThat(labels.path("SIGN_OUT_ACTION").asText()).isEqualTo("退出登录");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void ourConfigIsServedInPlaceOfTheWebjars(String app) throws IOException {
    Api.Response response = Api.anonymous(port).get("/camunda/app/" + app + "/scripts/config.js");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(ours(app + "/scripts/config.js"))
        .contains("availableLocales: ['zh', 'en']", "fallbackLocale: 'zh'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void englishStaysAvailable(String app) {
    Api.Response response = Api.anonymous(port).get("/camunda/app/" + app + "/locales/en.json");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains("\"PAGE_LOGIN_USERNAME\": \"Username\"");
  }

  /** Our file as it is in src/main/resources (the first of that name on the classpath). */
  private static String ours(String path) throws IOException {
    try (InputStream in = WebappLocaleServedTest.class.getResourceAsStream(WebappTranslationTest.APP + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
