package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import dev.cwmon.testing.Tools;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * alertmanager.yml and prometheus.yml settings the real tools refuse when they load the file:
 * cwmon lint refuses each one too, with its code, and the tool is asked to confirm.
 */
class RealToolsRejectTest {
  @TempDir Path tmp;

  private static final String RECEIVERS = "receivers: [{name: d}]\n";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "route: {receiver: d, group_interval: 0s}|CW407",
      "route: {receiver: d, routes: [{receiver: d, repeat_interval: 0s}]}|CW407",
      "route: {receiver: d, continue: true}|CW407",
      "route: {receiver: d, matchers: [a = b]}|CW407",
      "route: {receiver: d, routes: [{receiver: d, group_by: [a, a]}]}|CW405",
      "route: {receiver: d}\\nreceivers: [{name: d, email_configs: [{to: a@b.c, from: x@y.z, "
          + "smarthost: nohost}]}]|CW142",
      "route: {receiver: d}\\nreceivers: [{name: d}, {name: ''}]|CW140",
      "route: {receiver: d}\\nreceivers: [{name: d, webhook_configs: [{url: 'http://x/', "
          + "max_alerts: -1}]}]|CW141",
      "route: {receiver: d}\\ntime_intervals: [{name: t, time_intervals: [{times: "
          + "[{start_time: '17:00', end_time: '09:00'}]}]}]|CW408",
      "route: {receiver: d}\\ntime_intervals: [{name: t, time_intervals: "
          + "[{weekdays: [funday]}]}]|CW408",
      "route: {receiver: d}\\ntime_intervals: [{name: t, time_intervals: "
          + "[{location: Mars/Olympus}]}]|CW408",
      "global: {smtp_smarthost: nohostport}\\nroute: {receiver: d}|CW142",
      "global: {pagerduty_url: 'ftp://x/'}\\nroute: {receiver: d}|CW141",
      "route: {receiver: d}\\nreceivers: [{name: d, pagerduty_configs: [{routing_key: k, "
          + "url: 'ftp://x'}]}]|CW141",
      "route: {receiver: d}\\nreceivers: [{name: d, pagerduty_configs: [{routing_key: k, "
          + "url: 'http://'}]}]|CW141",
      "route: {receiver: d, group_wiat: 1s}|CW102",
      "route: {receiver: d}\\ntime_intervals: [{name: t, time_intervals: "
          + "[{weekdays: ['saturday:sunday']}]}]|CW408",
      "route: {receiver: d}\\ntime_intervals: [{name: t, time_intervals: "
          + "[{days_of_month: ['7:1']}]}]|CW408",
      "route: {receiver: d}\\ntime_intervals: [{name: t, time_intervals: "
          + "[{days_of_month: ['-1:5']}]}]|CW408",
      "route: {receiver: d}\\ntime_intervals: [{name: t, time_intervals: "
          + "[{months: ['december:january']}]}]|CW408",
      "route: {receiver: d}\\ntime_intervals: [{name: t, time_intervals: "
          + "[{years: ['2027:2026']}]}]|CW408",
      "route: {receiver: d}\\nreceivers: [{name: d, slack_config: []}]|CW102",
      "route: {receiver: d}\\ninhibit_rule: []|CW102"})
  void alertmanagerSettingsAmtoolRefuses(String yaml, String code) {
    String text = yaml.replace("\\n", "\n") + "\n";
    Path file = Cwmon.write(tmp.resolve("alertmanager.yml"),
        text.contains("receivers:") ? text : text + RECEIVERS);

    Cwmon.Result r = Cwmon.run("lint", file.toString());

    assertThat(r.out()).as(r.out()).contains("error " + code);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    Tools.assumeInstalled("amtool", "prometheus-alertmanager");
    Tools.Run amtool = Tools.run(tmp, "amtool", "check-config", file.toString());
    assertThat(amtool.exitCode()).as(amtool.output()).isNotZero();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "global: {scrape_interval: 15s, scrape_timeout: 1m}|CW121",
      "global: {external_labels: {'1x': a}}|CW126",
      "scrape_configs: [{job_name: a, static_configs: [{targets: ['h:1'], labels: {'1x': a}}]}]"
          + "|CW126",
      "scrape_configs: [{job_name: '', static_configs: [{targets: ['h:1']}]}]|CW120",
      "scrape_configs: [{job_name: a, sample_limit: -1, static_configs: [{targets: ['h:1']}]}]"
          + "|CW126",
      "scrape_configs: [{job_name: a, file_sd_configs: [{files: ['/etc/x/a.txt']}]}]|CW125",
      "scrape_configs: [{job_name: a, file_sd_configs: [{files: ['x/**/y/a.yml']}]}]|CW125",
      "global: {scrape_intervall: 15s}|CW102",
      "storage: {tsdb: {retention: 30d}}|CW102",
      "tracing: {endpointt: 'otel:4317'}|CW102",
      "scrape_configs: [{job_name: a, relabel_configs: [{action: labelmap, regex: '(.+)', "
          + "replacement: '$1bad-'}]}]|CW122",
      "scrape_configs: [{job_name: a, relabel_configs: [{source_labels: [a], "
          + "target_label: '$1-x'}]}]|CW122",
      "scrape_configs: [{job_name: a, keep_dropped_targets: 5}]|CW102",
      "scrape_configs: [{job_name: a, relabel_configs: [{action: drop, regexp: x}]}]|CW102"})
  void prometheusSettingsPromtoolRefuses(String yaml, String code) {
    Path file = Cwmon.write(tmp.resolve("prometheus.yml"), yaml + "\n");

    Cwmon.Result r = Cwmon.run("lint", file.toString());

    assertThat(r.out()).as(r.out()).contains("error " + code);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    Tools.assumeInstalled("promtool", "prometheus");
    Tools.Run promtool = Tools.run(tmp, "promtool", "check", "config", file.toString());
    assertThat(promtool.exitCode()).as(promtool.output()).isNotZero();
  }
}
