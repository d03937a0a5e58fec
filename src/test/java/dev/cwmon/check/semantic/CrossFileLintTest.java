package dev.cwmon.check.semantic;

import static dev.cwmon.check.semantic.SpecWithRules.alert;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inhibit rules against the alerts, and linting files written for the real tools. */
class CrossFileLintTest {
  @TempDir Path dir;

  @Test
  void inhibitRuleWithMisspeltSourceAlertIsReportedWithSuggestion() {
    String rules = alert("CodeWeaverDown", "up{job=\"codeweaver\"} == 0", null)
        + "            labels: {severity: critical}\n";
    String inhibit = "    - source_matchers: [alertname = CodeWeaverDwn]\n"
        + "      target_matchers: [severity = warning]\n";
    Cwmon.Result r = Cwmon.run("lint", SpecWithRules.write(dir, rules, inhibit).toString());
    assertThat(r.out()).contains("warning CW412: inhibit rule source {alertname=CodeWeaverDwn}"
        + " matches no alert").contains("did you mean alertname \"CodeWeaverDown\"?");
  }

  @Test
  void alertMatchingBothSidesOfAnInhibitRuleIsReported() {
    String rules = alert("CodeWeaverDown", "up{job=\"codeweaver\"} == 0", null);
    String inhibit = "    - source_matchers: [alertname = CodeWeaverDown]\n"
        + "      target_matchers: [alertname =~ \"CodeWeaver.*\"]\n";
    Cwmon.Result r = Cwmon.run("lint", SpecWithRules.write(dir, rules, inhibit).toString());
    assertThat(r.out()).contains("warning CW413: alert CodeWeaverDown matches both the source"
        + " and the target");
  }

  @Test
  void matcherOnALabelTheExpressionMayCarryIsNotReported() {
    String rules = alert("CodeWeaverDown", "up{job=\"codeweaver\"} == 0", null);
    String inhibit = "    - source_matchers: [instance =~ \"codeweaver-.*\"]\n"
        + "      target_matchers: [alertname = CodeWeaverDown]\n";
    Cwmon.Result r = Cwmon.run("lint", SpecWithRules.write(dir, rules, inhibit).toString());
    assertThat(r.out()).doesNotContain("inhibit_rules[0]");
  }

  @Test
  void existingFilesAreLintedWithCatalogAndRuleFiles() throws IOException {
    Path rules = write("alerts.yml", """
        groups:
          - name: app
            rules:
              - alert: Errors
                expr: sum(rate(app_requests_total{status="500"}[1m])) > 1
                annotations:
                  summary: "errors on {{ $labels.instance }}"
        """);
    Path prometheus = write("prometheus.yml", """
        global:
          scrape_interval: 1m
        rule_files: [/etc/prometheus/rules/alert.rules]
        remote_write: [{url: "http://cortex/push"}]
        scrape_configs:
          - job_name: app
            static_configs: [{targets: ["app:9090"]}]
        """);
    Path catalog = write("catalog.yml", """
        metrics:
          - name: app_requests_total
            type: counter
            job: app
            labels: [status]
            label_values: {status: [ok, error]}
        """);
    Cwmon.Result r = Cwmon.run("lint", rules.toString(), prometheus.toString(), "--catalog",
        catalog.toString());
    assertThat(r.out())
        .contains("alerts.yml:5:43: error CW303: no value of status matches status=\"500\"")
        .contains("alerts.yml:5:24: warning CW306: rate() window 1m is shorter than two scrapes")
        .contains("alerts.yml:7:42: warning CW202: $labels.instance is empty")
        .contains("prometheus.yml:3:14: warning CW414: rule_files entry "
            + "\"/etc/prometheus/rules/alert.rules\" loads none of the rule files linted")
        .contains("alerts.yml:1:1: warning CW414: rule file alerts.yml is not loaded")
        .contains("prometheus.yml:4:1: info CW109: \"remote_write\" in prometheus is not checked");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void singleAlertmanagerFileIsRecognisedByItsKeys() throws IOException {
    Path am = write("alertmanager.yml", """
        route:
          receiver: team
          routes:
            - match: {severity: critical}
              receiver: pager
        inhibit_rules:
          - source_match: {severity: critical}
            target_match: {severity: warning}
            equal: [instance]
        receivers:
          - name: team
          - name: pager
        """);
    Cwmon.Result r = Cwmon.run("lint", am.toString());
    assertThat(r.out()).contains("0 errors, 0 warnings");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void fileOfNoKnownKindIsUnusableInput() throws IOException {
    Path other = write("other.yml", "groups_of_things: 1\nroute_x: 2\n");
    Path rules = write("r.yml", "groups: []\n");
    Cwmon.Result r = Cwmon.run("lint", rules.toString(), other.toString());
    assertThat(r.out()).contains("other.yml:1:1: error CW100: not a Prometheus rule file");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }
}
