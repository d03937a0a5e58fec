package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import org.junit.jupiter.api.Test;

/** Fields the target version lacks, and secrets the target cannot read, are errors. */
class TargetVersionTest {
  private static final String SPEC = "src/test/resources/specs/target-versions.yaml";

  @Test
  void anEnvironmentSecretForPrometheusIsRefusedNotDropped() {
    Cwmon.Result r = Cwmon.run("lint", SPEC);
    assertThat(r.out()).contains(SPEC + ":6:43: error CW112: Prometheus cannot read secrets "
        + "from environment variables (at prometheus.scrape_configs[0].basic_auth.password)");
  }

  @Test
  void keepFiringForNeedsPrometheus242() {
    Cwmon.Result r = Cwmon.run("lint", SPEC);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out()).contains(SPEC + ":15:30: error CW150: keep_firing_for is not "
        + "supported by Prometheus 2.40");
  }
}
