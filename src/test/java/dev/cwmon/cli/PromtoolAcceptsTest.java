package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import dev.cwmon.testing.Tools;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Settings promtool accepts and Prometheus runs, though not as written: cwmon warns and says
 * how to write them, and does not fail the lint.
 */
class PromtoolAcceptsTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "rules.yml|groups: [{name: g, limit: -1, rules: [{record: 'a:b', expr: up}]}]|rules"
          + "|warning CW131: negative limit",
      "prometheus.yml|scrape_configs: [{job_name: a, metrics_path: no-slash, "
          + "static_configs: [{targets: ['h:1']}]}]|config|warning CW126: metrics_path does not",
      "prometheus.yml|tracing: {endpoint: 'otel:4317'}|config|info CW109: \"tracing\""})
  void lintWarnsWherePromtoolAccepts(String name, String yaml, String kind, String warning) {
    Path file = Cwmon.write(tmp.resolve(name), yaml + "\n");

    Cwmon.Result r = Cwmon.run("lint", file.toString());

    assertThat(r.exitCode()).as(r.out()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains(warning).contains("0 errors");
    Tools.assumeInstalled("promtool", "prometheus");
    Tools.Run promtool = Tools.run(tmp, "promtool", "check", kind, file.toString());
    assertThat(promtool.exitCode()).as(promtool.output()).isZero();
  }
}
