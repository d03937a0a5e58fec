package dev.cwmon.render.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.render.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The example's golden Grafana files (under {@code src/test/resources/golden/codeweaver}, which
 * GoldenTest compares byte for byte) are complete and pass Grafana's published types.
 */
class DashboardGoldenTest {
  private static final Path GOLDEN =
      GrafanaSpecs.repo().resolve("src/test/resources/golden/codeweaver");

  static List<Output> grafanaOutputs() {
    return GrafanaSpecs.render(GrafanaSpecs.repo().resolve("examples/codeweaver")).stream()
        .filter(o -> o.path().startsWith("dashboards/") || o.path().startsWith("grafana/"))
        .toList();
  }

  static List<Path> goldenFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(GOLDEN)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> {
            String rel = GOLDEN.relativize(f).toString().replace('\\', '/');
            return rel.startsWith("dashboards/") || rel.startsWith("grafana/");
          })
          .sorted().toList();
    }
  }

  @Test
  void everyGrafanaOutputOfTheExampleHasAGoldenFile() throws IOException {
    List<String> golden = goldenFiles().stream()
        .map(f -> GOLDEN.relativize(f).toString().replace('\\', '/')).toList();
    assertThat(grafanaOutputs().stream().map(Output::path))
        .containsExactlyInAnyOrderElementsOf(golden)
        .contains("dashboards/codeweaver-production.json",
            "grafana/provisioning/dashboards/cwmon.yaml",
            "grafana/provisioning/datasources/cwmon.yaml");
  }

  @Test
  void everyGoldenDashboardPassesGrafanasPublishedTypes() throws Exception {
    List<Path> dashboards = goldenFiles().stream()
        .filter(f -> f.toString().endsWith(".json")).toList();
    assertThat(dashboards).hasSizeGreaterThanOrEqualTo(2);

    GrafanaTypecheck.Result result = GrafanaTypecheck.run(dashboards);

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output().lines().filter(l -> l.startsWith("PASS"))).hasSize(
        dashboards.size());
  }
}
