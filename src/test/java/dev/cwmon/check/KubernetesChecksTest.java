package dev.cwmon.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.diag.Diagnostic;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.load.LoadLimits;
import dev.cwmon.pipeline.Pipeline;
import dev.cwmon.testing.Cwmon;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubernetesChecksTest {
  @TempDir Path dir;

  private List<Diagnostic> lint(String kubernetes) {
    Path spec = Cwmon.write(dir.resolve("cwmon.yaml"), "name: svc\n" + kubernetes);
    Diagnostics diagnostics = new Diagnostics();
    new Pipeline(LoadLimits.DEFAULT, null).check(spec, diagnostics);
    return diagnostics.sorted();
  }

  @Test
  void validNamesPass() {
    assertThat(lint("""
        kubernetes:
          namespace: monitoring
          labels: {app.kubernetes.io/part-of: cw, role: ""}
          annotations: {example.com/owner: "the search team"}
        """)).isEmpty();
  }

  @Test
  void badNamesAreReportedAtTheirKeys() {
    List<Diagnostic> found = lint("""
        kubernetes:
          namespace: Monitoring_Prod
          labels:
            team: search team
            -bad: x
          annotations: {"Example.com/owner": x}
        """);

    assertThat(found).extracting(d -> d.code() + " " + d.position().line() + " " + d.path())
        .containsExactly(
            "CW182 3 kubernetes.namespace",
            "CW182 5 kubernetes.labels.team",
            "CW182 6 kubernetes.labels.-bad",
            "CW182 7 kubernetes.annotations.Example.com/owner");
  }
}
