package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import dev.cwmon.testing.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * An objective so low that a burn-rate threshold passes 1 (an error ratio never does) loses
 * the alerts that could never fire, with a warning; the rest, and their tests, still work.
 */
class LowObjectiveSloTest {
  @TempDir Path tmp;

  private Path spec(String objective) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("spec"));
    Cwmon.write(dir.resolve("cwmon.yaml"), String.join("\n",
        "name: svc",
        "catalog:",
        "  metrics:",
        "    - name: http_requests_total",
        "      type: counter",
        "      job: svc",
        "      labels: [status]",
        "      label_values: {status: ['200', '500']}",
        "slos:",
        "  - name: avail",
        "    objective: " + objective,
        "    period: 30d",
        "    indicator:",
        "      ratio:",
        "        errors: 'http_requests_total{status=\"500\"}'",
        "        total: http_requests_total",
        ""));
    return dir;
  }

  @ParameterizedTest
  @CsvSource({"0.9, 1, 3", "0.5, 3, 1", "0.95, 0, 4"})
  void unreachableAlertsAreLeftOutAndTheRestPassPromtool(
      String objective, int warnings, int alerts) throws IOException {
    Path spec = spec(objective);
    Path out = tmp.resolve("out");

    Cwmon.Result lint = Cwmon.run("lint", spec.toString());
    Cwmon.Result gen = Cwmon.run("generate", spec.toString(), "-o", out.toString(), "-q");

    assertThat(lint.out().lines().filter(l -> l.contains("warning CW196"))).hasSize(warnings);
    assertThat(gen.exitCode()).as(gen.err()).isZero();
    String rules = Files.readString(out.resolve("svc-slo-rules.yml"));
    assertThat(rules.lines().filter(l -> l.strip().startsWith("- alert:"))).hasSize(alerts);
    assertThat(Files.readString(out.resolve("tests/avail-slo-tests.yml"))).doesNotContain("+-");
    Tools.assumeInstalled("promtool", "prometheus");
    Tools.Run check = Tools.run(out, "promtool", "check", "rules", "svc-slo-rules.yml");
    Tools.assertAccepted(check, "promtool check rules");
    Tools.Run test = Tools.run(out, "promtool", "test", "rules", "tests/avail-slo-tests.yml");
    Tools.assertAccepted(test, "promtool test rules");
  }
}
