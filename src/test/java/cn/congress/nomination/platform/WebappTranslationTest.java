package cn.congress.nomination.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Chinese locale files for the Camunda webapps against the webjar's English ones, both from the classpath: when
 * Camunda is upgraded and its English texts gain keys or placeholders, this fails and says which.
 */
class WebappTranslationTest {

  static final String APP = "/META-INF/resources/webjars/camunda/app/";

  /** Values deliberately the same as in English: the product name, comparison operators, moment.js format tokens. */
  static final Set<String> SAME_AS_ENGLISH = Set.of(
      "labels.APP_VENDOR",
      "labels.SEARCH_LESS_THAN", "labels.SEARCH_LESS_THAN_EQUALS",
      "labels.SEARCH_GREATER_THAN", "labels.SEARCH_GREATER_THAN_EQUALS",
      "labels.NO_TASK_FORM", // empty in English too
      "dateLocales.calendar.sameElse", "dateLocales.longDateFormat.LT");

  /** Values without any Chinese character: the above and the numeric short date format. */
  static final Set<String> WITHOUT_CHINESE = union(SAME_AS_ENGLISH, Set.of("dateLocales.longDateFormat.L"));

  /** {{name}} for angular-translate, %d and %s for moment.js, HTML tags (links, line breaks; "<null>" is text). */
  static final Pattern PRESERVED = Pattern.compile("\\{\\{[^}]*}}|%[ds]|</?(?:a|br|b|strong|em|i|span|p|code)\\b[^>]*>");
  static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void chineseHasExactlyTheKeysOfEnglish(String app) {
    Map<String, JsonNode> english = leaves(read(app, "en.json"));
    Map<String, JsonNode> chinese = leaves(read(app, "zh.json"));

    Set<String> missing = new TreeSet<>(english.keySet());
    missing.removeAll(chinese.keySet());
    Set<String> extra = new TreeSet<>(chinese.keySet());
    extra.removeAll(english.keySet());
    assertThat(missing).as("keys of %s en.json missing in zh.json", app).isEmpty();
    assertThat(extra).as("keys of %s zh.json not in en.json", app).isEmpty();
    english.forEach((path, value) -> assertThat(chinese.get(path).getNodeType())
        .as("type of %s in %s zh.json", path, app).isEqualTo(value.getNodeType()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void placeholdersAndMarkupAreKept(String app) {
    Map<String, JsonNode> chinese = leaves(read(app, "zh.json"));
    List<String> lost = new ArrayList<>();
    leaves(read(app, "en.json")).forEach((path, value) -> {
      if (!value.isTextual() || !chinese.containsKey(path)) return;
      List<String> kept = preserved(chinese.get(path).asText());
      for (String token : preserved(value.asText())) {
        if (!kept.remove(token)) lost.add(path + ": " + token);
      }
    });
    assertThat(lost).as("placeholders or tags of English missing in %s zh.json", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void everyTextIsTranslated(String app) {
    Map<String, JsonNode> english = leaves(read(app, "en.json"));
    Set<String> untranslated = new TreeSet<>();
    Set<String> notChinese = new TreeSet<>();
    leaves(read(app, "zh.json")).forEach((path, value) -> {
      if (!value.isTextual()) return;
      JsonNode original = english.get(path);
      if (original != null && original.asText().equals(value.asText()) && !SAME_AS_ENGLISH.contains(path)) {
        untranslated.add(path);
      }
      if (!CHINESE.matcher(value.asText()).find() && !WITHOUT_CHINESE.contains(path)) notChinese.add(path);
    });
    assertThat(untranslated).as("values of %s zh.json identical to English", app).isEmpty();
    assertThat(notChinese).as("values of %s zh.json without a Chinese character", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void deliberateExceptionsAreNoWiderThanNeeded(String app) {
    // an exception that no longer matches a key or no longer needs to be one is a hole for untranslated text
    Map<String, JsonNode> english = leaves(read(app, "en.json"));
    Map<String, JsonNode> chinese = leaves(read(app, "zh.json"));
    for (String path : WITHOUT_CHINESE) {
      if (!chinese.containsKey(path)) continue; // welcome has no dates
      assertThat(CHINESE.matcher(chinese.get(path).asText()).find()).as("%s needs no exception", path).isFalse();
      assertThat(chinese.get(path).asText().equals(english.get(path).asText()))
          .as("%s: same as English exactly when listed", path).isEqualTo(SAME_AS_ENGLISH.contains(path));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void ourConfigShadowsTheWebjarsAndOnlyChangesLocalesAndNames(String app) throws IOException {
    List<URL> configs = Collections.list(getClass().getClassLoader()
        .getResources(APP.substring(1) + app + "/scripts/config.js"));
    assertThat(configs).as("our config.js and the webjar's").hasSize(2);
    assertThat(configs.get(0).getProtocol()).as("ours comes first on the classpath").isEqualTo("file");
    assertThat(configs.get(1).toString()).contains("camunda-webapp-webjar");
    String ours = text(configs.get(0));
    String webjars = text(configs.get(1));

    assertThat(ours).contains("availableLocales: ['zh', 'en']", "fallbackLocale: 'zh'", "name: '");
    // when Camunda changes its defaults in an upgrade, our copy must follow: everything else is the same
    assertThat(settings(ours)).isEqualTo(settings(webjars));
  }

  /** The configuration lines without comments, the locales and app name blocks and the texts users read. */
  static List<String> settings(String configJs) {
    List<String> lines = new ArrayList<>();
    boolean inChangedBlock = false;
    for (String line : configJs.split("\n")) {
      String trimmed = line.trim();
      if (trimmed.startsWith("locales:") || trimmed.startsWith("app:")) inChangedBlock = true;
      boolean skip = inChangedBlock || trimmed.isEmpty() || trimmed.startsWith("/*") || trimmed.startsWith("*")
          || trimmed.startsWith("//") || trimmed.startsWith("description:");
      if (inChangedBlock && trimmed.startsWith("}")) inChangedBlock = false;
      if (!skip) lines.add(trimmed);
    }
    return lines;
  }

  static JsonNode read(String app, String file) {
    String path = APP + app + "/locales/" + file;
    try (InputStream in = WebappTranslationTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new ObjectMapper().readTree(in); // Jackson skips the byte order mark of Camunda's files
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every value by its path, e.g. "labels.CLAIM_TASK" or "dateLocales.months.0". */
  static Map<String, JsonNode> leaves(JsonNode root) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    collect("", root, leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
    String prefix = path.isEmpty() ? "" : path + ".";
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> collect(prefix + field.getKey(), field.getValue(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) collect(prefix + i, node.get(i), leaves);
    } else {
      leaves.put(path, node);
    }
  }

  static List<String> preserved(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = PRESERVED.matcher(text);
    while (matcher.find()) tokens.add(matcher.group());
    return tokens;
  }

  private static String text(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> union = new TreeSet<>(a);
    union.addAll(b);
    return Set.copyOf(union);
  }
}
