package dev.cwmon.render.grafana;

import dev.cwmon.diag.Diagnostic;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.load.LoadLimits;
import dev.cwmon.pipeline.Pipeline;
import dev.cwmon.render.Output;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs the pipeline on spec text or files, for the Grafana tests. */
final class GrafanaSpecs {
  /** A spec head with one Prometheus and one Elasticsearch data source. */
  static final String HEAD = """
      name: test
      grafana:
        datasources:
          - {name: Prometheus, type: prometheus, uid: prom, url: "http://p:9090", is_default: true}
          - {name: Logs, type: elasticsearch, uid: es, url: "http://e:9200", index: "logs-*"}
      """;

  private GrafanaSpecs() {}

  static Path repo() {
    String repo = System.getenv("CWMON_REPO");
    return Path.of(repo != null ? repo : ".").toAbsolutePath().normalize();
  }

  /** The diagnostics of checking {@code yaml}, written to {@code cwmon.yaml} in {@code dir}. */
  static List<Diagnostic> check(Path dir, String yaml) {
    Diagnostics diagnostics = new Diagnostics();
    new Pipeline(LoadLimits.DEFAULT, null).check(write(dir, yaml), diagnostics);
    return diagnostics.sorted();
  }

  /** Checks and renders {@code yaml}; fails when the spec has errors. */
  static List<Output> render(Path dir, String yaml) {
    return render(write(dir, yaml));
  }

  static List<Output> render(Path spec) {
    Diagnostics diagnostics = new Diagnostics();
    Pipeline pipeline = new Pipeline(LoadLimits.DEFAULT, null);
    Pipeline.Checked checked = pipeline.check(spec, diagnostics);
    if (checked.spec() == null) {
      throw new AssertionError("spec has errors: " + diagnostics.sorted().stream()
          .map(Diagnostic::format).toList());
    }
    return pipeline.render(checked.spec(), spec.getFileName().toString());
  }

  static Output output(List<Output> outputs, String path) {
    return outputs.stream().filter(o -> o.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no output " + path + " in "
            + outputs.stream().map(Output::path).toList()));
  }

  private static Path write(Path dir, String yaml) {
    try {
      Path file = dir.resolve("cwmon.yaml");
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
