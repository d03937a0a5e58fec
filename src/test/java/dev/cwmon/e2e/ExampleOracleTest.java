package dev.cwmon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import dev.cwmon.testing.Tools;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
    assertThat(run.output()).contains("5 receivers").contains("2 inhibit rules");
  }

  @Test
  void prometheusStartsWithTheGeneratedFlagsAndLoadsTheRules() throws Exception {
    Tools.assumeInstalled("prometheus", "prometheus");
    Path config = Tools.withoutKubernetesJobs(out.resolve("prometheus.yml"), out);
    int port = freePort();
    List<String> command = new ArrayList<>(List.of("prometheus"));
    for (String flag : Files.readAllLines(out.resolve("prometheus.args"))) {
      if (flag.startsWith("--config.file=")) {
        flag = "--config.file=" + config;
      } else if (flag.startsWith("--storage.tsdb.path=")) {
        flag = "--storage.tsdb.path=" + Files.createDirectories(out.resolve("data"));
      }
      command.add(flag);
    }
    command.add("--web.listen-address=127.0.0.1:" + port);
    Process server = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(out.resolve("prometheus.log").toFile()).start();
    try {
      String rules = waitFor(port, "/api/v1/rules", "codeweaver.application");
      assertThat(rules).contains("\"name\":\"codeweaver.application\"")
          .contains("\"name\":\"CodeWeaverHighErrorRate\"")
          .contains("\"name\":\"CodeWeaverTenantUsageSpike\"");
      String flags = waitFor(port, "/api/v1/status/flags", "retention");
      // Prometheus reads size units as powers of two and prints them so: 100GB is 100GiB.
      assertThat(flags).contains("\"storage.tsdb.retention.time\":\"30d\"")
          .contains("\"storage.tsdb.retention.size\":\"100GiB\"")
          .contains("\"storage.tsdb.wal-compression\":\"true\"");
    } finally {
      server.destroy();
      server.waitFor();
    }
    assertThat(Files.readString(out.resolve("prometheus.log"))).doesNotContain("level=error");
  }

  private static String waitFor(int port, String path, String expected) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(2))
        .build();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        last = response.body();
        if (response.statusCode() == 200 && last.contains(expected)) {
          return last;
        }
      } catch (IOException notYet) {
        last = notYet.toString();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Prometheus did not serve " + path + " in 30s: " + last);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static List<Path> ruleFiles() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(p -> p.getFileName().toString().endsWith("-rules.yml")).sorted()
          .toList();
    }
  }
}
