package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutingCommandsTest {
  private static final String SPEC = Path.of(System.getenv().getOrDefault("CWMON_REPO", "."))
      .resolve("examples/codeweaver/cwmon.yaml").toString();

  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void routesTestPrintsReceiverPathTimingAndGroupKey() {
    Run r = run("routes", "test", SPEC, "severity=critical", "alertname=X");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("receivers: critical-alerts",
        "path: alertmanager.route > alertmanager.route.routes[0]", "group_wait: 5s",
        "group_interval: 10s", "repeat_interval: 15m",
        "group_key: {}/{severity=\"critical\"}:{alertname=\"X\"}");
  }

  @Test
  void routesTestRejectsALabelWithoutValue() {
    Run r = run("routes", "test", SPEC, "severity");
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("bad label \"severity\"", "hint:");
  }

  @Test
  void testCommandPassesOnTheCodeweaverSuiteAndFailsOnAWrongOne() throws Exception {
    Run ok = run("test", SPEC);
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).contains("12 of 12 cases passed", "routes covered: 6 of 6",
        "inhibit rules covered: 2 of 2");
    Path suite = tmp.resolve("bad.routes-test.yaml");
    Files.writeString(suite, "cases:\n  - name: w\n    alerts: {a: {severity: info}}\n"
        + "    expect: {receivers: {a: [critical-alerts]}}\n");
    Run bad = run("test", SPEC, "--suite", suite.toString());
    assertThat(bad.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(bad.out()).contains("bad.routes-test.yaml:2:5: FAIL case \"w\"",
        "expected: [critical-alerts]", "actual:   [web.hook]");
  }

  @Test
  void aSuiteInTheSpecFolderItselfIsRunAndNotReadAsSpec() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("spec"));
    Files.copy(Path.of(SPEC), folder.resolve("cwmon.yaml"));
    Files.copy(Path.of(SPEC).resolveSibling("tests/codeweaver.routes-test.yaml"),
        folder.resolve("codeweaver.routes-test.yaml"));

    Run test = run("test", folder.toString());
    Run lint = run("lint", folder.toString());

    assertThat(test.code()).as(test.out() + test.err()).isZero();
    assertThat(test.out()).contains("12 of 12 cases passed");
    assertThat(lint.out()).doesNotContain("CW102").doesNotContain("routes-test");
  }

  @Test
  void aWrongTestCaseIsAnErrorInTheFileNotAFailingCase() throws Exception {
    Path suite = tmp.resolve("wrong.routes-test.yaml");
    Files.writeString(suite, String.join("\n",
        "cases:",
        "  - name: w",
        "    alerts:",
        "      a: {'0bad': x, severity: critical}",
        "    expect:",
        "      receivers: {a: [no-such], b: [web.hook]}",
        ""));

    Run r = run("test", SPEC, "--suite", suite.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("wrong.routes-test.yaml:4:11: error CW415: bad label name")
        .contains("wrong.routes-test.yaml:6:23: error CW415: receiver \"no-such\"")
        .contains("wrong.routes-test.yaml:6:33: error CW415: alert \"b\"")
        .contains("nothing was run");
  }

  @Test
  void testCommandReportsABadSuiteAtItsPositionWithExitTwo() throws Exception {
    Path suite = tmp.resolve("bad.routes-test.yaml");
    Files.writeString(suite, "cases:\n  - name: w\n    alerts: {a: {x: y}}\n    expect: {}\n"
        + "    extra: 1\n");
    Run bad = run("test", SPEC, "--suite", suite.toString());
    assertThat(bad.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bad.err()).contains("bad.routes-test.yaml:5:5: error CW102");
  }

  @Test
  void routesDrawsMermaidWithEveryRouteAndRuleAlert() {
    Run r = run("routes", SPEC, "--format", "mermaid");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("flowchart LR\n").contains("r --> r_3",
        "component=~#quot;application|search|cache#quot;", "CodeWeaverTenantUsageSpike");
    // 10 rule alerts, 5 of them also on the playbook route, and for each of 4 SLOs its two
    // page alerts drawn once and its two ticket alerts drawn once
    assertThat(r.out().lines().filter(l -> l.contains("-.->")).count()).isEqualTo(23);
    assertThat(r.out()).contains("r --> g_playbooks", "→ incident-response (continue)",
        "a0 -.-> g_playbooks", "CodeweaverAvailabilityBudgetBurn {severity=critical} ×2\"])",
        "CodeweaverAvailabilityBudgetBurn {severity=warning} ×2\"])");
  }

  @Test
  void routesTestShowsAnAlertWithAPlaybookReachingIncidentResponseAndItsTeam() {
    Run r = run("routes", "test", SPEC, "alertname=CodeWeaverDown", "severity=critical");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("receivers: incident-response, critical-alerts",
        "route playbooks\n  path: alertmanager.route > playbooks\n  receiver: incident-response",
        "route alertmanager.route.routes[0]\n");
  }

}
