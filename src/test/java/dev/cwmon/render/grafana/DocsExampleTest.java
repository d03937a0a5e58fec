package dev.cwmon.render.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.render.Output;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spec example of docs/grafana.md (every variable kind, links, rows, overrides) generates,
 * collapsed or not, and passes Grafana's published types.
 */
class DocsExampleTest {
  @TempDir Path dir;

  private String docsExample() throws Exception {
    String doc = Files.readString(GrafanaSpecs.repo().resolve("docs/grafana.md"),
        StandardCharsets.UTF_8);
    int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
    return "name: docs\n" + doc.substring(start, doc.indexOf("```", start));
  }

  @Test
  void docsExamplePassesGrafanasPublishedTypesWithOpenAndCollapsedRows() throws Exception {
    String spec = docsExample();
    Path open = dir.resolve("open.json");
    Path collapsed = dir.resolve("collapsed.json");
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Output first = dashboard(GrafanaSpecs.render(dir.resolve("a"), spec));
    Output second = dashboard(GrafanaSpecs.render(dir.resolve("b"),
        spec.replace("collapsed: false", "collapsed: true")));
    Files.writeString(open, first.text());
    Files.writeString(collapsed, second.text());
    assertThat(second.text()).isNotEqualTo(first.text());

    GrafanaTypecheck.Result result = GrafanaTypecheck.run(List.of(open, collapsed));

    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  private static Output dashboard(List<Output> outputs) {
    return GrafanaSpecs.output(outputs, "dashboards/codeweaver-production.json");
  }
}
