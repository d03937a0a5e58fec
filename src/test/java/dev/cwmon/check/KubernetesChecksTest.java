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

class KubernetesChecksTest {
  @TempDir Path dir;

  private List<Diagnostic> lint(String kubernetes) {
    Path spec = Cwmon.write(dir.resolve("cwmon.yaml"), "name: svc\n" + kubernetes);
    Diagnostics diagnostics = new Diagnostics();
    new Pipeline(LoadLimits.DEFAULT, null).check(spec, diagnostics);
    return diagnostics.sorted();
  }

  @Test
  void validNamesPass() {
    assertThat(lint("""
        kubernetes:
          namespace: monitoring
          labels: {app.kubernetes.io/part-of: cw, role: ""}
          annotations: {example.com/owner: "the search team"}
        """)).isEmpty();
  }

  @Test
  void badNamesAreReportedAtTheirKeys() {
    List<Diagnostic> found = lint("""
        kubernetes:
          namespace: Monitoring_Prod
          labels:
            team: search team
            -bad: x
          annotations: {"Example.com/owner": x}
        """);

    assertThat(found).extracting(d -> d.code() + " " + d.position().line() + " " + d.path())
        .containsExactly(
            "CW182 3 kubernetes.namespace",
            "CW182 5 kubernetes.labels.team",
            "CW182 6 kubernetes.labels.-bad",
            "CW182 7 kubernetes.annotations.Example.com/owner");
  }

  private static String ruleFile(String file, String alert) {
    return """
          - file: %s
            groups:
              - name: %s
                rules:
                  - alert: %s
                    expr: up == 0
                    labels: {severity: warning}
                    annotations: {summary: down, description: down}
        """.formatted(file, alert, alert);
  }

  @Test
  void ruleFilesThatBecomeOnePrometheusRuleAreReportedAtTheSecond() {
    List<Diagnostic> found = lint("rules:\n" + ruleFile("A_b.yml", "First")
        + ruleFile("a-b.yml", "Second"));

    assertThat(found).extracting(d -> d.code() + " " + d.position().line() + " " + d.path())
        .containsExactly("CW183 11 rules[1].file");
    assertThat(found.get(0).message()).isEqualTo("rule file \"a-b.yml\" and rule file "
        + "\"A_b.yml\" (" + dir.resolve("cwmon.yaml") + ":3:11) both become "
        + "PrometheusRule \"a-b\" under --format kubernetes");
    assertThat(found.get(0).hint()).startsWith("rename one of them");
  }

  @Test
  void dashboardsWhoseUidsMakeOneConfigMapAreReported() {
    List<Diagnostic> found = lint("""
        grafana:
          datasources:
            - {name: Prometheus, type: prometheus, uid: prom, url: "http://p:9090"}
        dashboards:
          - {title: One, uid: Cw_Overview, panels: [{title: a, type: stat, targets: [{expr: up}]}]}
          - {title: Two, panels: [{title: a, type: stat, targets: [{expr: up}]}]}
          - {title: Cw Overview, panels: [{title: a, type: stat, targets: [{expr: up}]}]}
        """);

    assertThat(found).extracting(d -> d.code() + " " + d.position().line() + " " + d.path())
        .containsExactly("CW183 8 dashboards[2].title");
    assertThat(found.get(0).message()).contains("dashboard \"cw-overview\" and dashboard "
        + "\"Cw_Overview\"", "ConfigMap \"svc-dashboard-cw-overview\"");
  }

  @Test
  void namesThatDifferInALetterOrDigitPass() {
    assertThat(lint("rules:\n" + ruleFile("a-b.yml", "First") + ruleFile("a-c.yml", "Second")
        + ruleFile("a-b.yaml.d.yml", "Third"))).isEmpty();
  }

  @Test
  void generateRefusesCollidingNamesWithExit2AndWritesNothing() {
    Cwmon.write(dir.resolve("cwmon.yaml"), "name: svc\nrules:\n" + ruleFile("A_b.yml", "First")
        + ruleFile("a-b.yml", "Second"));
    Path out = dir.resolve("out");

    Cwmon.Result result = Cwmon.run("generate", dir.resolve("cwmon.yaml").toString(), "-o",
        out.toString(), "--format", "kubernetes");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("cwmon.yaml:11:11: error CW183: rule file \"a-b.yml\"",
        "hint: rename one of them");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void ruleFilesLintedForPrometheusAreNotCheckedForKubernetesNames() {
    String groups = "groups:\n  - name: g\n    rules:\n      - record: job:up:sum\n"
        + "        expr: sum by (job) (up)\n";
    Path first = Cwmon.write(dir.resolve("A_b.yml"), groups);
    Path second = Cwmon.write(dir.resolve("a-b.yml"), groups.replace("name: g", "name: h"));

    Cwmon.Result result = Cwmon.run("lint", first.toString(), second.toString());

    assertThat(result.err() + result.out()).doesNotContain("CW183");
  }
}
