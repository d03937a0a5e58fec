package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repository of several services lints all its files in one run, as CI does. */
class LintSeveralServersTest {
  @TempDir Path tmp;

  private Path alertmanager(String name, String url) {
    return Cwmon.write(tmp.resolve(name), String.join("\n",
        "route:",
        "  receiver: hook",
        "receivers:",
        "  - name: hook",
        "    webhook_configs:",
        "      - url: " + url,
        ""));
  }

  @Test
  void everyAlertmanagerFileIsLintedAndASharedRuleFindingIsReportedOnce() {
    Path rules = Cwmon.write(tmp.resolve("alerts.yml"), String.join("\n",
        "groups:",
        "  - name: g",
        "    rules:",
        "      - alert: Down",
        "        expr: up == 0",
        "        annotations:",
        "          summary: '{{ $labels.instance | humanizePercentag }}'",
        ""));
    Path first = alertmanager("a.yml", "ftp://hooks.example/one");
    Path second = alertmanager("b.yml", "file:///tmp/two");
    Path fine = alertmanager("c.yml", "https://hooks.example/three");

    Cwmon.Result r = Cwmon.run("lint", rules.toString(), first.toString(), second.toString(),
        fine.toString());

    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out()).contains(first + ":6:14: error CW141")
        .contains(second + ":6:14: error CW141")
        .doesNotContain(fine.toString())
        .doesNotContain("a second alertmanager.yml");
    assertThat(r.out().lines().filter(l -> l.contains("humanizePercentag"))).hasSize(1);
    assertThat(r.out()).contains("3 errors");
  }

  @Test
  void twoPrometheusFilesAreTwoServers() {
    Path one = Cwmon.write(tmp.resolve("p1.yml"),
        "scrape_configs:\n  - job_name: a\n    scheme: ftp\n"
            + "    static_configs: [{targets: ['x:1']}]\n");
    Path two = Cwmon.write(tmp.resolve("p2.yml"),
        "scrape_configs:\n  - job_name: b\n    static_configs: [{targets: ['y:1']}]\n");

    Cwmon.Result r = Cwmon.run("lint", one.toString(), two.toString());

    assertThat(r.out()).contains(one + ":3:13: error CW126").doesNotContain(two.toString());
    assertThat(r.exitCode()).as(r.out()).isEqualTo(ExitCodes.FINDINGS);
  }
}
