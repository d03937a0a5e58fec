package dev.cwmon.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.cli.ExitCodes;
import dev.cwmon.logstash.Arr;
import dev.cwmon.logstash.Compare;
import dev.cwmon.logstash.Hash;
import dev.cwmon.logstash.If;
import dev.cwmon.logstash.LogstashParser;
import dev.cwmon.logstash.Pipeline;
import dev.cwmon.logstash.Plugin;
import dev.cwmon.logstash.Str;
import dev.cwmon.testing.Cwmon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Hostile strings in every kind of value of the logging spec (plugin strings, array items,
 * hash keys and values, comments, condition literals, Elasticsearch and Kibana settings) come
 * out exactly as written, or stop generation with CW162 at file:line:col when Logstash has no
 * way to hold them.
 */
class LoggingAdversarialTest {
  static final List<String> NASTY = List.of(
      "{{ $labels.instance }}", "${VAR}", "${1}", "[=x]", "<#if x>", "#{x}", "%{[a][b]}",
      "%{+YYYY.MM.dd}", "double \" quote", "single ' quote", "\\\"escaped\\\" both 'x'",
      "back\\slash", "back\\\\two", "\\n literal", "line one\nline two", "trailing newline\n",
      " leading space", "tab\there", "unicode ünïcødé ✓ 日本 🚀", "key: value", "# hash",
      "=> arrow", "} brace {", "[a][b]", "yes", "true", "0123", "1e3", "", "a\"b'c",
      "ends with backslash\\", "\"", "'");

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> everyValueComesOutExactlyOrIsRefusedWithAPosition() {
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < NASTY.size(); i++) {
      String nasty = NASTY.get(i);
      int n = i;
      tests.add(DynamicTest.dynamicTest(n + ": " + nasty.replace("\n", "\\n"),
          () -> check(nasty, n)));
    }
    return tests.stream();
  }

  private void check(String nasty, int n) throws Exception {
    Path spec = dir.resolve("spec" + n + ".yaml");
    Files.writeString(spec, dump(spec(nasty)));
    Path out = dir.resolve("out" + n);
    Cwmon.Result r = Cwmon.run("generate", spec.toString(), "-o", out.toString(), "-q");
    if (!fitsLogstash(nasty)) {
      assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(r.err()).containsPattern(":\\d+:\\d+: error CW162: logstash cannot hold");
      assertThat(r.err()).doesNotContain("Exception");
      assertThat(out).doesNotExist();
      return;
    }
    assertThat(r.exitCode()).as(r.err()).isZero();
    Pipeline pipeline = LogstashParser.parse(
        Files.readString(out.resolve("logstash.conf")), "logstash.conf");
    Plugin mutate = (Plugin) pipeline.sections().get(1).body().statements().get(0);
    Hash addField = (Hash) mutate.attributes().get(0).value();
    assertThat(addField.entries().get(0).value()).isEqualTo(Str.of(nasty));
    assertThat(addField.entries().get(1).key()).isEqualTo(Str.of(nasty));
    assertThat(((Arr) mutate.attributes().get(1).value()).items()).containsExactly(Str.of(nasty));
    if (conditionFor(nasty) != null) {
      If conditional = (If) pipeline.sections().get(1).body().statements().get(1);
      Compare compare = (Compare) conditional.branches().get(0).condition();
      assertThat(compare.right()).isEqualTo(Str.of(nasty));
    }
    Map<String, Object> es = load(out.resolve("elasticsearch.yml"));
    assertThat(es.get("cluster.name")).isEqualTo(nasty);
    assertThat(es.get("custom.value")).isEqualTo(nasty);
    assertThat(es.get("custom.list")).isEqualTo(List.of(nasty));
    Map<String, Object> kibana = load(out.resolve("kibana.yml"));
    assertThat(kibana.get("server.name")).isEqualTo(nasty);
  }

  /** Logstash strings have no escapes: one kind of quote free, no trailing backslash. */
  static boolean fitsLogstash(String s) {
    return !s.endsWith("\\") && (fits(s, '"') || fits(s, '\''));
  }

  private static boolean fits(String s, char quote) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == quote && (i == 0 || s.charAt(i - 1) != '\\')) {
        return false;
      }
    }
    return true;
  }

  /** A condition comparing a field with the string, when it can be written in Logstash. */
  static String conditionFor(String s) {
    if (!fitsLogstash(s)) {
      return null;
    }
    char quote = fits(s, '"') ? '"' : '\'';
    return "[level] == " + quote + s + quote;
  }

  private static Map<String, Object> spec(String nasty) {
    Map<String, Object> addField = new LinkedHashMap<>();
    addField.put("k", nasty);
    addField.put(nasty, "v");
    Map<String, Object> mutate = new LinkedHashMap<>();
    mutate.put("add_field", addField);
    mutate.put("add_tag", List.of(nasty));
    List<Object> filter = new ArrayList<>();
    filter.add(Map.of("comment", nasty.isEmpty() ? "empty" : nasty.replace("\r", ""),
        "mutate", mutate));
    String condition = conditionFor(nasty);
    if (condition != null) {
      filter.add(Map.of("if", condition, "then", List.of(Map.of("drop", Map.of()))));
    }
    Map<String, Object> pipeline = new LinkedHashMap<>();
    pipeline.put("input", List.of(Map.of("beats", Map.of("port", 5044))));
    pipeline.put("filter", filter);
    pipeline.put("output", List.of(Map.of("stdout", Map.of())));
    Map<String, Object> logging = new LinkedHashMap<>();
    logging.put("pipelines", Map.of("main", pipeline));
    logging.put("elasticsearch", Map.of("cluster.name", nasty, "other_settings",
        Map.of("custom.value", nasty, "custom.list", List.of(nasty))));
    logging.put("kibana", Map.of("server.name", nasty));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("name", "nasty");
    spec.put("logging", logging);
    return spec;
  }

  static String dump(Object spec) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    return new Yaml(options).dump(spec);
  }

  private static Map<String, Object> load(Path file) throws Exception {
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
  }
}
