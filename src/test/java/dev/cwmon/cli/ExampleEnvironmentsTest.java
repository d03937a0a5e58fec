package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cwmon.testing.Cwmon;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleEnvironmentsTest {
  private static final String EXAMPLE =
      Cwmon.repo().resolve("examples/codeweaver/cwmon.yaml").toString();

  @TempDir Path dir;

  private Path generate(String env) {
    Path out = dir.resolve(env == null ? "base" : env);
    Cwmon.Result run = env == null ? Cwmon.run("generate", EXAMPLE, "-o", out.toString(), "-q")
        : Cwmon.run("generate", EXAMPLE, "-o", out.toString(), "-q", "--env", env);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return out;
  }

  @Test
  void prodIsTheGuidesValuesUnchanged() {
    Path base = generate(null);
    Path prod = generate("prod");

    for (String file : new String[] {"prometheus.yml", "alertmanager.yml", "prometheus.args"}) {
      assertThat(Cwmon.read(prod.resolve(file))).isEqualTo(Cwmon.read(base.resolve(file)));
    }
    assertThat(Cwmon.read(prod.resolve("prometheus.yml"))).contains("cluster: codeweaver-prod",
        "codeweaver-3:9090", "kubernetes-pods");
  }

  @Test
  void stagingHasFewerTargetsOtherReceiversAndLabelsAndTheToolsAcceptIt() throws Exception {
    Path staging = generate("staging");
    String prometheus = Cwmon.read(staging.resolve("prometheus.yml"));
    String alertmanager = Cwmon.read(staging.resolve("alertmanager.yml"));

    assertThat(prometheus).contains("cluster: codeweaver-staging", "codeweaver-staging-1:9090")
        .doesNotContain("codeweaver-2:9090", "kubernetes_sd_configs");
    assertThat(alertmanager).contains("receiver: staging-slack", "name: staging-critical")
        .doesNotContain("pagerduty");
    assertThat(Cwmon.read(staging.resolve("prometheus.args"))).contains("7d");
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/promtool")), "promtool is not installed");
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/amtool")), "amtool is not installed");
    assertThat(run("promtool", "check", "config", staging.resolve("prometheus.yml"))).isZero();
    assertThat(run("amtool", "check-config", staging.resolve("alertmanager.yml"))).isZero();
  }

  private static int run(String tool, String verb, String more, Path file) throws Exception {
    return new ProcessBuilder(tool, verb, more, file.toString()).inheritIO().start().waitFor();
  }

  private static int run(String tool, String verb, Path file) throws Exception {
    return new ProcessBuilder(tool, verb, file.toString()).inheritIO().start().waitFor();
  }
}
