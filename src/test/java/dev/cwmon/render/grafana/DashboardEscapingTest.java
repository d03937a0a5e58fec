package dev.cwmon.render.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cwmon.render.Output;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile titles, legends and descriptions come out of the JSON exactly as written. */
class DashboardEscapingTest {
  private static final String TITLE = "Quote \" back\\slash {{label}} $variable ${var:csv}";
  private static final String LEGEND = "{{endpoint}} \"p95\" \\d+ ${tenant_id:pipe} ünïcødé ✓ 🚀";
  private static final String DESCRIPTION =
      "line one\nline two\ttab\u2028sep </script> [=x] ${x}";
  private static final String EXPR =
      "sum(rate(x{a=~\"$tenant_id\", b=\"\\\\\"}[$__rate_interval])) by (endpoint)";

  @TempDir Path dir;

  private static String yamlQuoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        out.append('\\').appendCodePoint(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == 0x2028) {
        out.append("\\L");
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.append('"').toString();
  }

  private List<Output> render() {
    return GrafanaSpecs.render(dir, GrafanaSpecs.HEAD + """
        dashboards:
          - title: %s
            description: %s
            panels:
              - title: %s
                type: timeseries
                description: %s
                targets:
                  - expr: %s
                    legend_format: %s
              - title: Notes
                type: text
                text: {content: %s}
        """.formatted(yamlQuoted(TITLE), yamlQuoted(DESCRIPTION), yamlQuoted(TITLE),
        yamlQuoted(DESCRIPTION), yamlQuoted(EXPR), yamlQuoted(LEGEND), yamlQuoted(DESCRIPTION)));
  }

  @Test
  void hostileTextsSurviveExactlyInTheDashboardJson() throws Exception {
    Output out = render().stream().filter(o -> o.path().startsWith("dashboards/"))
        .findFirst().orElseThrow();

    JsonNode doc = new ObjectMapper().readTree(out.text());
    JsonNode panel = doc.get("panels").get(0);
    assertThat(doc.get("title").asText()).isEqualTo(TITLE);
    assertThat(doc.get("description").asText()).isEqualTo(DESCRIPTION);
    assertThat(panel.get("title").asText()).isEqualTo(TITLE);
    assertThat(panel.get("description").asText()).isEqualTo(DESCRIPTION);
    assertThat(panel.get("targets").get(0).get("expr").asText()).isEqualTo(EXPR);
    assertThat(panel.get("targets").get(0).get("legendFormat").asText()).isEqualTo(LEGEND);
    assertThat(doc.get("panels").get(1).get("options").get("content").asText())
        .isEqualTo(DESCRIPTION);
  }

  @Test
  void hostileTitleBecomesASafeFileName() {
    Output out = render().stream().filter(o -> o.path().startsWith("dashboards/"))
        .findFirst().orElseThrow();

    assertThat(out.path()).isEqualTo("dashboards/quote-back-slash-label-variable-var-csv.json");
  }

  @Test
  void hostileDashboardPassesGrafanasPublishedTypes() throws Exception {
    Output out = render().stream().filter(o -> o.path().startsWith("dashboards/"))
        .findFirst().orElseThrow();
    Path file = dir.resolve("hostile.json");
    Files.writeString(file, out.text());

    GrafanaTypecheck.Result result = GrafanaTypecheck.run(List.of(file));

    assertThat(result.exitCode()).as(result.output()).isZero();
  }
}
