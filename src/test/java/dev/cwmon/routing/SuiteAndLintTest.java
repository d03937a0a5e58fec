package dev.cwmon.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.diag.Diagnostic;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.load.AlertmanagerImporter;
import dev.cwmon.load.LoadLimits;
import dev.cwmon.load.SuiteLoader;
import dev.cwmon.model.alertmanager.Matcher;
import dev.cwmon.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteAndLintTest {
  @TempDir Path tmp;

  @Test
  void codeweaverSuitePassesAndCoversEveryRouteAndInhibitRule() throws Exception {
    var loaded = new SuiteLoader(LoadLimits.DEFAULT)
        .load(SuiteLoader.suiteFiles(Fixtures.CODEWEAVER), new Diagnostics());
    SuiteRunner runner = new SuiteRunner(Fixtures.codeweaver().alertmanager());
    List<RoutingSuite.Case> cases = loaded.get(0).suite().cases();
    for (int i = 0; i < cases.size(); i++) {
      assertThat(runner.run(cases.get(i), i)).as(cases.get(i).name()).isEmpty();
    }
    assertThat(runner.routesNotCovered()).isEmpty();
    assertThat(runner.inhibitRulesNotCovered()).isEmpty();
  }

  @Test
  void aWrongExpectationFailsWithExpectedAndActual() throws Exception {
    Path suite = tmp.resolve("x.routes-test.yaml");
    Files.writeString(suite, """
        cases:
          - name: wrong team
            alerts: {a: {alertname: X, severity: critical}}
            expect: {receivers: {a: [app-team]}}
        """);
    var loaded = new SuiteLoader(LoadLimits.DEFAULT).load(List.of(suite), new Diagnostics());
    var failures = new SuiteRunner(Fixtures.codeweaver().alertmanager())
        .run(loaded.get(0).suite().cases().get(0), 0);
    assertThat(failures).containsExactly(new SuiteRunner.Failure(
        "cases[0].expect.receivers.a", "alert a: receivers", "[app-team]", "[critical-alerts]"));
    assertThat(loaded.get(0).sourceMap().at(failures.get(0).path()).line()).isEqualTo(4);
  }

  @Test
  void shadowedRouteAndFallThroughAlertAreReportedWithExample() throws Exception {
    Path spec = tmp.resolve("cwmon.yaml");
    Files.writeString(spec, """
        name: t
        rules:
          - file: t-rules.yml
            groups:
              - name: g
                rules:
                  - alert: Paged
                    expr: up == 0
                    labels: {severity: critical}
                  - alert: Lost
                    expr: up == 0
                    labels: {severity: page}
        alertmanager:
          route:
            receiver: default
            routes:
              - matchers: ['severity =~ "critical|warning"']
                receiver: oncall
              - matchers: [severity = critical, team = db]
                receiver: db
          receivers:
            - name: default
            - name: oncall
            - name: db
        """);
    Diagnostics d = new Diagnostics();
    new Pipeline(LoadLimits.DEFAULT, null).check(spec, d);
    List<Diagnostic> found = d.sorted().stream()
        .filter(x -> x.code().startsWith("CW41")).toList();
    assertThat(found).extracting(Diagnostic::code).containsExactly("CW411", "CW410");
    assertThat(found.get(1).message()).contains("routes[1] is never reached",
        "{severity=\"critical\", team=\"db\"}", "receiver oncall");
    assertThat(found.get(1).position().line()).isEqualTo(19);
    assertThat(found.get(0).message()).contains("alert Lost", "default receiver default");
  }

  @Test
  void shadowingIsNotClaimedWhenTheEarlierRouteContinuesOrDiffers() {
    var a = List.of(new Matcher("env", Matcher.Op.NE, "dev"));
    assertThat(Shadowing.implies(List.of(new Matcher("env", Matcher.Op.RE, "prod|stage")), a))
        .isTrue();
    assertThat(Shadowing.implies(List.of(new Matcher("env", Matcher.Op.RE, "prod.*")), a))
        .isTrue();
    assertThat(Shadowing.implies(List.of(new Matcher("env", Matcher.Op.RE, "d.*")), a))
        .isFalse();
    assertThat(Shadowing.implies(List.of(new Matcher("x", Matcher.Op.EQ, "1")), a)).isFalse();
  }

  @Test
  void importerTurnsOldMatchKeysIntoMatchers() {
    String yml = """
        route:
          receiver: default
          routes:
            - match: {service: files}
              match_re: {severity: "crit.*"}
              receiver: files
        inhibit_rules:
          - source_match: {severity: critical}
            target_match_re: {severity: "warning|info"}
            equal: [alertname]
        receivers:
          - name: default
            email_configs: [{to: a@example.org}]
          - name: files
        tracing: {endpoint: "localhost:4317"}
        """;
    var imported = new AlertmanagerImporter(LoadLimits.DEFAULT)
        .importText("am.yml", yml, "am", new Diagnostics());
    var am = imported.spec().alertmanager();
    assertThat(am.route().routes().get(0).matchers()).containsExactly(
        new Matcher("service", Matcher.Op.EQ, "files"),
        new Matcher("severity", Matcher.Op.RE, "crit.*"));
    assertThat(am.inhibitRules().get(0).targetMatchers())
        .containsExactly(new Matcher("severity", Matcher.Op.RE, "warning|info"));
    assertThat(imported.ignored()).containsExactly("tracing");
    assertThat(RoutingTree.of(am.route()).receivers(Map.of("service", "files",
        "severity", "critical"))).containsExactly("files");
  }
}
