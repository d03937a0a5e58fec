package dev.cwmon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cwmon.testing.Cwmon;
import dev.cwmon.testing.PrometheusServer;
import dev.cwmon.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Strings that trip up YAML writers, Go templates and FreeMarker come out byte-identical in
 * annotations, label values and receiver texts, as read by SnakeYAML and by Prometheus itself.
 */
class AdversarialStringsTest {
  static final List<String> NASTY = List.of(
      "{{ $labels.instance }}",
      "{{ printf \"%.2f\" $value }}",
      "double \" and single ' quotes",
      "key: value",
      "text # not a comment",
      "*star", "&anchor", "!tag", "%percent", "@at", "`backtick`",
      "yes", "no", "null", "~", "true", "Off", "y",
      "0123", "1e3", "0x1F", "12:30", "-1", ".5", ".inf", "2024-01-01",
      "line one\nline two", "trailing newline\n", " leading space", "trailing space ",
      "tab\there", "unicode ünïcødé ✓ 日本 🚀",
      "${VAR}", "${1}", "[=x]", "<#if x>", "#{x}",
      "- dash", "? question", "| pipe", "> gt", "[a, b]", "{a: b}", "back\\slash", "");

  /** Receiver texts are Alertmanager templates, which know no $labels or $value. */
  static final List<String> RECEIVER_TEXTS =
      NASTY.stream().filter(s -> !s.contains("$labels") && !s.contains("$value")).toList();

  @TempDir static Path dir;
  static Path out;

  @BeforeAll
  static void generate() throws Exception {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("name", "nasty");
    spec.put("prometheus", Map.of("scrape_configs",
        List.of(Map.of("job_name", "app", "static_configs",
            List.of(Map.of("targets", List.of("app:9090")))))));
    Map<String, Object> labels = new LinkedHashMap<>();
    Map<String, Object> annotations = new LinkedHashMap<>();
    for (int i = 0; i < NASTY.size(); i++) {
      labels.put("l" + i, NASTY.get(i));
      annotations.put("a" + i, NASTY.get(i));
    }
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("alert", "Nasty");
    rule.put("expr", "vector(1) > 0");
    rule.put("labels", labels);
    rule.put("annotations", annotations);
    spec.put("rules", List.of(Map.of("file", "nasty-rules.yml",
        "groups", List.of(Map.of("name", "nasty", "rules", List.of(rule))))));
    List<Object> slack = new ArrayList<>();
    for (String s : RECEIVER_TEXTS) {
      slack.add(Map.of("api_url", Map.of("file", "/secrets/slack"), "channel", "#c",
          "text", s, "title", s));
    }
    spec.put("alertmanager", Map.of("route", Map.of("receiver", "r"),
        "receivers", List.of(Map.of("name", "r", "slack_configs", slack))));
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    Path specFile = dir.resolve("nasty.yaml");
    Files.writeString(specFile, new Yaml(options).dump(spec));
    out = dir.resolve("out");
    Cwmon.Result r = Cwmon.run("generate", specFile.toString(), "-o", out.toString(), "-q");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @Test
  void labelsAndAnnotationsReadBackUnchangedBySnakeYaml() throws Exception {
    Map<String, Object> rule = onlyRule(load(out.resolve("nasty-rules.yml")));
    for (int i = 0; i < NASTY.size(); i++) {
      assertThat(((Map<?, ?>) rule.get("labels")).get("l" + i)).isEqualTo(NASTY.get(i));
      assertThat(((Map<?, ?>) rule.get("annotations")).get("a" + i)).isEqualTo(NASTY.get(i));
    }
  }

  @Test
  void receiverTextsReadBackUnchangedBySnakeYaml() throws Exception {
    Map<String, Object> am = load(out.resolve("alertmanager.yml"));
    List<?> slack = (List<?>) ((Map<?, ?>) ((List<?>) am.get("receivers")).get(0))
        .get("slack_configs");
    for (int i = 0; i < RECEIVER_TEXTS.size(); i++) {
      assertThat(((Map<?, ?>) slack.get(i)).get("text")).isEqualTo(RECEIVER_TEXTS.get(i));
      assertThat(((Map<?, ?>) slack.get(i)).get("title")).isEqualTo(RECEIVER_TEXTS.get(i));
    }
  }

  @Test
  void promtoolAndAmtoolAcceptTheFiles() {
    Tools.assumeInstalled("promtool", "prometheus");
    Tools.assumeInstalled("amtool", "prometheus-alertmanager");
    Tools.assertAccepted(Tools.run(out, "promtool", "check", "rules", "nasty-rules.yml"),
        "promtool check rules");
    Tools.assertAccepted(Tools.run(out, "amtool", "check-config", "alertmanager.yml"),
        "amtool check-config");
  }

  @Test
  void prometheusReadsEveryValueExactlyAsWritten() throws Exception {
    Tools.assumeInstalled("prometheus", "prometheus");
    try (PrometheusServer server = PrometheusServer.start(out.resolve("prometheus.args"),
        out.resolve("prometheus.yml"), dir)) {
      JsonNode rule = new ObjectMapper()
          .readTree(server.waitFor("/api/v1/rules", "\"Nasty\""))
          .at("/data/groups/0/rules/0");
      for (int i = 0; i < NASTY.size(); i++) {
        assertThat(rule.at("/labels/l" + i).asText()).as("label l" + i)
            .isEqualTo(NASTY.get(i));
        assertThat(rule.at("/annotations/a" + i).asText()).as("annotation a" + i)
            .isEqualTo(NASTY.get(i));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> onlyRule(Map<String, Object> doc) {
    Map<String, Object> group = (Map<String, Object>) ((List<?>) doc.get("groups")).get(0);
    return (Map<String, Object>) ((List<?>) group.get("rules")).get(0);
  }

  private static Map<String, Object> load(Path file) throws Exception {
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
  }
}
