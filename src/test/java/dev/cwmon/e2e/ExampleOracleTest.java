package dev.cwmon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import dev.cwmon.testing.PrometheusServer;
import dev.cwmon.testing.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real tools judge the CodeWeaver example's output: promtool, amtool, and Prometheus. */
class ExampleOracleTest {
  @TempDir static Path out;

  @BeforeAll
  static void generate() {
    Cwmon.Result result = Cwmon.run("generate", Cwmon.example("codeweaver").toString(), "-o",
        out.toString(), "-q");
    assertThat(result.exitCode()).as(result.err()).isZero();
  }

  @Test
  void promtoolAcceptsEveryRuleFile() throws IOException {
    Tools.assumeInstalled("promtool", "prometheus");
    List<Path> ruleFiles = ruleFiles();
    assertThat(ruleFiles).isNotEmpty();
    for (Path file : ruleFiles) {
      Tools.assertAccepted(Tools.run(out, "promtool", "check", "rules", file.toString()),
          "promtool check rules " + file.getFileName());
    }
  }

  @Test
  void promtoolAcceptsPrometheusYmlWithoutKubernetesJobs() throws IOException {
    Tools.assumeInstalled("promtool", "prometheus");
    Path copy = Tools.withoutKubernetesJobs(out.resolve("prometheus.yml"), out);
    assertThat(Files.readString(copy)).contains("job_name: codeweaver")
        .doesNotContain("kubernetes_sd_configs");
    Tools.assertAccepted(Tools.run(out, "promtool", "check", "config", copy.toString()),
        "promtool check config");
  }

  @Test
  void amtoolAcceptsAlertmanagerYml() {
    Tools.assumeInstalled("amtool", "prometheus-alertmanager");
    Tools.Run run = Tools.run(out, "amtool", "check-config", "alertmanager.yml");
    Tools.assertAccepted(run, "amtool check-config");
    assertThat(run.output()).contains("6 receivers").contains("2 inhibit rules");
  }

  @Test
  void prometheusStartsWithTheGeneratedFlagsAndLoadsTheRules() throws Exception {
    Tools.assumeInstalled("prometheus", "prometheus");
    Path config = Tools.withoutKubernetesJobs(out.resolve("prometheus.yml"), out);
    try (PrometheusServer server =
        PrometheusServer.start(out.resolve("prometheus.args"), config, out)) {
      String rules = server.waitFor("/api/v1/rules", "codeweaver.application");
      assertThat(rules).contains("\"name\":\"codeweaver.application\"")
          .contains("\"name\":\"CodeWeaverHighErrorRate\"")
          .contains("\"name\":\"CodeWeaverTenantUsageSpike\"");
      String flags = server.waitFor("/api/v1/status/flags", "retention");
      // Prometheus reads size units as powers of two and prints them so: 100GB is 100GiB.
      assertThat(flags).contains("\"storage.tsdb.retention.time\":\"30d\"")
          .contains("\"storage.tsdb.retention.size\":\"100GiB\"")
          .contains("\"storage.tsdb.wal-compression\":\"true\"");
      assertThat(server.log()).doesNotContain("level=error");
    }
  }

  private static List<Path> ruleFiles() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(p -> p.getFileName().toString().endsWith("-rules.yml")).sorted()
          .toList();
    }
  }
}
