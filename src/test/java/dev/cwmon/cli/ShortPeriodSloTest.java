package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.model.PromDuration;
import dev.cwmon.testing.Cwmon;
import dev.cwmon.testing.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An SLO period shorter than some burn-rate windows keeps the alerts whose long window fits,
 * with factors derived from the period, and leaves the rest out with info CW197; promtool
 * accepts the rules and passes the generated tests. A period under 1h fits no alert.
 */
class ShortPeriodSloTest {
  private static final Pattern WINDOW = Pattern.compile("\\[(\\d+[smhdwy])\\]|rate(\\d+[smhdwy])"
      + "|(?:long|short)_window: (\\d+[smhdwy])|eval_time: (\\d+[smhdwy])");

  @TempDir Path tmp;

  /** A ratio SLO and a latency SLO per tenant, both over {@code period} (lines 19 and 26). */
  private Path spec(String period) {
    Path dir = tmp.resolve("spec");
    Cwmon.write(dir.resolve("cwmon.yaml"), String.join("\n",
        "name: svc",
        "grafana:",
        "  datasources:",
        "    - {name: Prometheus, type: prometheus, uid: prometheus, url: 'http://prom:9090'}",
        "catalog:",
        "  metrics:",
        "    - name: http_requests_total",
        "      type: counter",
        "      job: svc",
        "      labels: [status]",
        "      label_values: {status: ['200', '500']}",
        "    - name: search_seconds",
        "      type: histogram",
        "      job: svc",
        "      labels: [tenant_id]",
        "slos:",
        "  - name: avail",
        "    objective: 0.999",
        "    period: " + period,
        "    indicator:",
        "      ratio:",
        "        errors: 'http_requests_total{status=\"500\"}'",
        "        total: http_requests_total",
        "  - name: search",
        "    objective: 0.95",
        "    period: " + period,
        "    by: [tenant_id]",
        "    indicator:",
        "      latency: {histogram: search_seconds, threshold: '0.5'}",
        ""));
    return dir;
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "1d; the burn-rate alert 3d/6h (warning), which cwmon leaves out",
      "12h; 2 burn-rate alerts, 1d/2h (warning), 3d/6h (warning): cwmon leaves them out",
      "1h; 3 burn-rate alerts, 6h/30m (critical), 1d/2h (warning), 3d/6h (warning): cwmon"})
  void alertsLongerThanThePeriodAreLeftOutWithAnInfo(String period, String dropped) {
    Path spec = spec(period);

    Cwmon.Result lint = Cwmon.run("lint", spec.toString());

    assertThat(lint.exitCode()).as(lint.out() + lint.err()).isZero();
    // Pages on such short periods fire below burn rate 1: a warning, CW198.
    assertThat(lint.out()).contains("warning CW198: the 1h/5m page fires at burn rate");
    List<String> infos = lint.out().lines().filter(l -> l.contains(" CW197: ")).toList();
    assertThat(infos).hasSize(2).allSatisfy(l -> assertThat(l)
        .contains("info CW197: period " + period + " is shorter than the long window of "
            + dropped));
    assertThat(infos.get(0)).contains("cwmon.yaml:19:13: ");
    assertThat(infos.get(1)).contains("cwmon.yaml:26:13: ");
    assertThat(lint.out()).doesNotContain("CW191", "CW196");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "1d; 3; 0.48 0.2 0.1; 5m 30m 1h 2h 6h 1d",
      "12h; 2; 0.24 0.1; 5m 30m 1h 6h 12h",
      "1h; 1; 0.02; 5m 1h"})
  void noRuleTestOrPanelLooksFurtherBackThanThePeriod(
      String period, int alerts, String factors, String recorded) throws IOException {
    Path out = tmp.resolve("out");

    Cwmon.Result gen = Cwmon.run("generate", spec(period).toString(), "-o", out.toString());

    assertThat(gen.exitCode()).as(gen.err()).isZero();
    String rules = Files.readString(out.resolve("svc-slo-rules.yml"));
    assertThat(rules.lines().filter(l -> l.strip().startsWith("- alert: AvailBudgetBurn")))
        .hasSize(alerts);
    assertThat(rules.lines().filter(l -> l.strip().startsWith("- alert: SearchBudgetBurn")))
        .hasSize(alerts);
    assertThat(rules.lines().filter(l -> l.contains("- record: slo:avail:error_ratio_rate"))
        .map(l -> l.substring(l.indexOf("_rate") + "_rate".length())))
        .containsExactly(recorded.split(" "));
    for (String factor : factors.split(" ")) {
      assertThat(rules).contains("> (" + factor + " * 0.001)", "> (" + factor + " * 0.05)");
    }
    assertThat(rules).contains("error_budget_remaining\n        expr: 1 - slo:avail:"
        + "error_ratio_rate" + period + " / 0.001");
    assertWithinPeriod(rules, period);
    assertWithinPeriod(Files.readString(out.resolve("tests/avail-slo-tests.yml")), period);
    assertWithinPeriod(Files.readString(out.resolve("tests/search-slo-tests.yml")), period);
    assertWithinPeriod(Files.readString(out.resolve("dashboards/svc-slos.json")), period);
  }

  @ParameterizedTest
  @CsvSource({"1d", "12h", "1h"})
  void rulesPassPromtoolAndTheGeneratedTestsPass(String period) {
    Path spec = spec(period);
    Path out = tmp.resolve("out");
    Tools.assumeInstalled("promtool", "prometheus");

    Cwmon.Result gen = Cwmon.run("generate", spec.toString(), "-o", out.toString(), "-q");
    Tools.Run check = Tools.run(out, "promtool", "check", "rules", "svc-slo-rules.yml");
    Tools.Run test = Tools.run(out, "promtool", "test", "rules", "tests/avail-slo-tests.yml",
        "tests/search-slo-tests.yml");
    Cwmon.Result cwmonTest = Cwmon.run("test", spec.toString(), "--require-promtool");

    assertThat(gen.exitCode()).as(gen.err()).isZero();
    Tools.assertAccepted(check, "promtool check rules");
    Tools.assertAccepted(test, "promtool test rules");
    assertThat(cwmonTest.exitCode()).as(cwmonTest.out() + cwmonTest.err()).isZero();
    assertThat(cwmonTest.out()).contains("rule tests: passed");
  }

  @Test
  void aPeriodUnderTheShortestAlertWindowIsRefusedWithTheFix() {
    Path spec = spec("30m");

    Cwmon.Result lint = Cwmon.run("lint", spec.toString());
    Cwmon.Result gen = Cwmon.run("generate", spec.toString(), "-o", tmp.resolve("o").toString());
    Cwmon.Result test = Cwmon.run("test", spec.toString());

    assertThat(lint.exitCode()).isEqualTo(1);
    assertThat(lint.out()).contains("cwmon.yaml:19:13: error CW191: period 30m is shorter "
        + "than 1h, the long window of the fastest burn-rate alert: no alert fits",
        "hint: use a period of at least 1h");
    assertThat(gen.exitCode()).isEqualTo(2);
    assertThat(gen.err()).contains("error CW191: period 30m");
    assertThat(tmp.resolve("o")).doesNotExist();
    assertThat(test.exitCode()).isEqualTo(2);
  }

  /** Every window, range and evaluation time written in {@code text} is at most the period. */
  private static void assertWithinPeriod(String text, String period) {
    PromDuration limit = PromDuration.parseOrNull(period);
    Matcher m = WINDOW.matcher(text);
    int found = 0;
    while (m.find()) {
      String window = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
          : m.group(3) != null ? m.group(3) : m.group(4);
      assertThat(PromDuration.parseOrNull(window)).as(window + " in\n" + text)
          .isLessThanOrEqualTo(limit);
      found++;
    }
    assertThat(found).isPositive();
  }
}
