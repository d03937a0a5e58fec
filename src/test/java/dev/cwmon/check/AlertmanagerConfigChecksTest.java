package dev.cwmon.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.diag.Diagnostic;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.load.LoadLimits;
import dev.cwmon.pipeline.Pipeline;
import dev.cwmon.testing.Cwmon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What kubernetes.alertmanager_config cannot express is CW184 at the spec's own position. */
class AlertmanagerConfigChecksTest {
  @TempDir Path dir;

  private static final String ALERTMANAGER = """
      alertmanager:
        route:
          receiver: team
          routes:
            - {matchers: [severity = critical], receiver: pager, mute_time_intervals: [nights]}
        time_intervals:
          - name: nights
            time_intervals:
              - times: [{start_time: "00:00", end_time: "06:00"}]
                location: Europe/Berlin
                days_of_month: ["0"]
        receivers:
          - name: team
            slack_configs:
              - {api_url: {file: /run/a/url}, channel: "#team", text: ""}
          - name: pager
            pagerduty_configs:
              - routing_key: {file: /run/b/url}
      """;

  private List<Diagnostic> lint(String spec) {
    Path file = Cwmon.write(dir.resolve("cwmon.yaml"), "name: svc\n" + spec);
    Diagnostics diagnostics = new Diagnostics();
    new Pipeline(LoadLimits.DEFAULT, null).check(file, diagnostics);
    return diagnostics.sorted();
  }

  private static List<String> summary(List<Diagnostic> found) {
    return found.stream().map(d -> d.code() + " " + d.position().line() + ":"
        + d.position().column() + " " + d.path()).toList();
  }

  @Test
  void whatTheResourceCannotHoldIsReportedWhereTheSpecSaysIt() {
    List<Diagnostic> found = lint(ALERTMANAGER + """
        kubernetes:
          alertmanager_config: {name: svc, secrets: svc-alertmanager}
        """);

    assertThat(summary(found)).containsExactly(
        "CW184 11:21 alertmanager.time_intervals[0].time_intervals[0].location",
        "CW184 12:27 alertmanager.time_intervals[0].time_intervals[0].days_of_month[0]",
        // amtool refuses day 0 too.
        "CW408 12:27 alertmanager.time_intervals[0].time_intervals[0].days_of_month[0]",
        "CW184 16:65 alertmanager.receivers[0].slack_configs[0].text",
        "CW184 19:24 alertmanager.receivers[1].pagerduty_configs[0].routing_key");
    assertThat(found.get(0).message()).isEqualTo("time zone \"Europe/Berlin\": the "
        + "AlertmanagerConfig resource has no location, its times are UTC");
    assertThat(found.get(4).message()).isEqualTo("secret files /run/a/url and /run/b/url "
        + "would both be key \"url\" of Secret svc-alertmanager");
  }

  @Test
  void secretsFromFilesWithoutANamedSecretAreReportedOnceAtTheSection() {
    List<Diagnostic> found = lint(ALERTMANAGER.replace("location: Europe/Berlin", "location: UTC")
        .replace("\"0\"", "\"-1\"").replace(", text: \"\"", "").replace("/run/b/url",
            "/run/b/key") + """
        kubernetes:
          alertmanager_config:
            name: svc
        """);

    assertThat(summary(found)).containsExactly("CW184 22:5 kubernetes.alertmanager_config");
    assertThat(found.get(0).message()).isEqualTo("2 secret(s) are read from files, e.g. "
        + "alertmanager.receivers[0].slack_configs[0].api_url, but alertmanager_config names "
        + "no Secret to hold them");
    assertThat(found.get(0).hint()).startsWith("add secrets: NAME");
  }

  @Test
  void badNamesAndAMissingAlertmanagerSectionAreReported() {
    List<Diagnostic> found = lint("""
        kubernetes:
          alertmanager_config: {name: Svc_Config, secrets: "-x"}
        """);

    assertThat(summary(found)).containsExactly(
        "CW184 3:24 kubernetes.alertmanager_config",
        "CW182 3:31 kubernetes.alertmanager_config.name",
        "CW182 3:52 kubernetes.alertmanager_config.secrets");
  }

  @Test
  void generateExits2AndWritesNothing() {
    Cwmon.write(dir.resolve("cwmon.yaml"), "name: svc\n" + ALERTMANAGER + """
        kubernetes:
          alertmanager_config: {name: svc, secrets: svc-alertmanager}
        """);
    Path out = dir.resolve("out");

    Cwmon.Result result = Cwmon.run("generate", dir.resolve("cwmon.yaml").toString(), "-o",
        out.toString(), "--format", "kubernetes");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("cwmon.yaml:11:21: error CW184: time zone");
    assertThat(Files.exists(out)).isFalse();
  }
}
