package dev.cwmon.render.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.render.Output;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The example's Grafana files against the golden copies under
 * {@code src/test/resources/golden/grafana/codeweaver}, discovered from that folder. Run with
 * {@code -Dcwmon.updateGolden=true} to rewrite them after an intended change.
 */
class DashboardGoldenTest {
  private static final Path GOLDEN =
      GrafanaSpecs.repo().resolve("src/test/resources/golden/grafana/codeweaver");

  static List<Output> grafanaOutputs() {
    return GrafanaSpecs.render(GrafanaSpecs.repo().resolve("examples/codeweaver")).stream()
        .filter(o -> o.path().startsWith("dashboards/") || o.path().startsWith("grafana/"))
        .toList();
  }

  static List<Path> goldenFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(GOLDEN)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenFileMatchesTheRegeneratedExample() throws IOException {
    List<Output> outputs = grafanaOutputs();
    if (Boolean.getBoolean("cwmon.updateGolden")) {
      for (Output o : outputs) {
        Path file = GOLDEN.resolve(o.path());
        Files.createDirectories(file.getParent());
        Files.writeString(file, o.text(), StandardCharsets.UTF_8);
      }
    }
    return goldenFiles().stream().map(file -> DynamicTest.dynamicTest(
        GOLDEN.relativize(file).toString(), () -> {
          String path = GOLDEN.relativize(file).toString().replace('\\', '/');
          assertThat(GrafanaSpecs.output(outputs, path).text())
              .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }));
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
