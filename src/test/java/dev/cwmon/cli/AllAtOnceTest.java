package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec that does not bind is still checked as far as it binds: lint reports a bad value
 * and the PromQL, template and routing mistakes elsewhere in one run, each at its line.
 */
class AllAtOnceTest {
  @TempDir Path tmp;

  private static final String RULES = String.join("\n",
      "rules:",
      "  - file: r.yml",
      "    groups:",
      "      - name: g",
      "        rules:",
      "          - alert: %s",
      "            %s: rate(up) == 0",
      "          - alert: B",
      "            expr: up == 0",
      "            annotations: {summary: '{{ $labels.instance'}",
      "");

  private Path spec(String alertName, String exprKey, String receivers) {
    return Cwmon.write(tmp.resolve("spec.yaml"), String.join("\n",
        "name: t",
        "prometheus:",
        "  global: {scrape_interval: 15 seconds}",
        "  scrape_configs: [{job_name: app, static_configs: [{targets: ['a:1']}]}]",
        RULES.formatted(alertName, exprKey),
        "alertmanager:",
        "  route:",
        "    receiver: team",
        "    routes: [{receiver: oncal, matchers: [severity=page]}]",
        "  receivers: " + receivers,
        ""));
  }

  @Test
  void aBadValueDoesNotHideThePromqlTemplateAndRoutingMistakes() {
    Path spec = spec("A", "expr", "[{name: team}, {name: oncall}]");

    Cwmon.Result r = Cwmon.run("lint", spec.toString());

    assertThat(r.exitCode()).as(r.out()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out())
        .contains(spec + ":3:29: error CW105: bad duration \"15 seconds\"")
        .contains(spec + ":11:24: error CW201")
        .contains(spec + ":14:37: error CW220")
        .contains(spec + ":19:25: error CW401: route to undefined receiver \"oncal\"")
        .contains("4 errors");
  }

  @Test
  void afterADroppedRuleTheNextRulesFindingsKeepTheirLines() {
    Path spec = spec("A", "exprr", "[{name: team}, {name: oncall}]");

    Cwmon.Result r = Cwmon.run("lint", spec.toString());

    assertThat(r.out()).contains(spec + ":10:13: error CW104: missing required key \"expr\"")
        .contains(spec + ":11:13: error CW102: unknown key \"exprr\"")
        .contains(spec + ":14:37: error CW220");
  }

  @Test
  void aDroppedReceiverIsNotReportedAsMissingWhereARouteNamesIt() {
    Path spec = spec("A", "expr", "[{name: team}, {name: oncal, webhook_configs: [{url: 3}]}]");

    Cwmon.Result r = Cwmon.run("lint", spec.toString());

    assertThat(r.out()).contains("CW105").contains("CW220").doesNotContain("CW401");
  }

  @Test
  void nothingIsReportedAroundAValueThatFailedToBind() {
    Path spec = Cwmon.write(tmp.resolve("spec.yaml"), String.join("\n",
        "name: t",
        "alertmanager:",
        "  route: {receiver: [team]}",
        "  receivers: [{name: team}]",
        ""));

    Cwmon.Result r = Cwmon.run("lint", spec.toString());

    assertThat(r.out()).contains(spec + ":3:21: error CW105")
        .doesNotContain("CW402").doesNotContain("CW403").contains("1 error");
  }

  @Test
  void aRuleFileWithABadDurationStillHasItsPromqlChecked() {
    Path file = Cwmon.write(tmp.resolve("alerts.yml"), String.join("\n",
        "groups:",
        "  - name: g",
        "    rules:",
        "      - alert: A",
        "        expr: up == 0",
        "        for: 5 minutes",
        "      - alert: B",
        "        expr: rate(up) > 1",
        ""));

    Cwmon.Result r = Cwmon.run("lint", file.toString());

    assertThat(r.out()).contains(file + ":6:14: error CW105: bad duration \"5 minutes\"")
        .contains(file + ":8:20: error CW201").contains("2 errors");
  }

  @Test
  void aBadRuleDoesNotHideTheRoutingTreesOwnMistakes() {
    // "for: 5x" drops rule A; the route to "oncal" is wrong whatever the rules are, but
    // whether receiver "oncall" is used depends on the alerts, so CW403 waits for the fix.
    Path spec = spec("A", "expr", "[{name: team}, {name: oncall}]");
    Cwmon.write(spec, Cwmon.read(spec).replace("expr: rate(up) == 0",
        "expr: up == 0\n            for: 5x"));

    Cwmon.Result r = Cwmon.run("lint", spec.toString());

    assertThat(r.out()).contains(spec + ":12:18: error CW105: bad duration \"5x\"")
        .contains(spec + ":20:25: error CW401: route to undefined receiver \"oncal\"")
        .doesNotContain("CW403");
  }

  @Test
  void everySecretIsReportedInOneRun() {
    // The binder refuses the literal Slack URL and routing key; the webhook URL's password
    // and the Authorization header are found by checks, which used to wait for the fix.
    Path spec = Cwmon.write(tmp.resolve("spec.yaml"), String.join("\n",
        "name: t",
        "alertmanager:",
        "  route: {receiver: team}",
        "  receivers:",
        "    - name: team",
        "      webhook_configs: [{url: 'http://admin:hunter2@hooks.internal/alert'}]",
        "      slack_configs: [{api_url: 'https://hooks.slack.com/services/T0/B0/XXXX'}]",
        "      pagerduty_configs: [{routing_key: 0123456789abcdef0123456789abcdef}]",
        "      email_configs: [{to: a@b.c, from: c@d.e, smarthost: 'mail:25',",
        "          headers: {Authorization: 'Basic YWRtaW46aHVudGVyMg=='}}]",
        ""));

    Cwmon.Result r = Cwmon.run("lint", spec.toString());

    assertThat(r.out()).contains(spec + ":6:31: error CW110")
        .contains(spec + ":7:33: error CW110").contains(spec + ":8:41: error CW110")
        .contains(spec + ":10:36: error CW110").contains("4 errors")
        .doesNotContain("hunter2").doesNotContain("YWRtaW46");
  }

  @Test
  void aBadLogstashValueDoesNotHideTheOtherPipelineFindings() {
    Path spec = Cwmon.write(tmp.resolve("spec.yaml"), String.join("\n",
        "name: t",
        "logging:",
        "  schema:",
        "    - {name: level, type: string, from: app}",
        "  pipelines:",
        "    main:",
        "      input:",
        "        - if: '[level]'",
        "          then: [{beats: {port: 5044}}]",
        "      filter:",
        "        - if: '[levle] == \"ERROR\"'",
        "          then: [{drop: {}}]",
        "      output:",
        "        - elasticsearch: {password: plain}",
        ""));

    Cwmon.Result r = Cwmon.run("lint", spec.toString());

    assertThat(r.out()).contains(spec + ":14:37: error CW110")
        .contains("error CW161").contains("warning CW166: field [levle]");
  }

  @Test
  void aFileThatDoesNotParseLeavesTheOtherFilesChecked() throws Exception {
    Path good = Cwmon.write(tmp.resolve("good.yml"),
        "groups:\n- name: g\n  rules:\n  - record: job:up:rate\n    expr: rate(up)\n");
    Path broken = Cwmon.write(tmp.resolve("broken.yml"), "groups:\n- name: [\n");
    Path folder = java.nio.file.Files.createDirectories(tmp.resolve("spec"));
    Path spec = Cwmon.write(folder.resolve("a.yaml"), String.join("\n",
        RULES.formatted("A", "expr"), "alertmanager:", "  route: {receiver: nobody}",
        "  receivers: [{name: team}]", ""));
    Cwmon.write(folder.resolve("b.yaml"), "name: [\n");

    Cwmon.Result files = Cwmon.run("lint", good.toString(), broken.toString());
    Cwmon.Result specs = Cwmon.run("lint", folder.toString());

    assertThat(files.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(files.out()).contains(broken + ":3:1: error CW101")
        .contains(good + ":5:16: error CW201");
    assertThat(specs.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    // One-value findings of a.yaml come; the route's receiver and the missing name may be
    // in b.yaml, which did not parse.
    assertThat(specs.out()).contains("b.yaml:2:1: error CW101")
        .contains(spec + ":7:24: error CW201").contains(spec + ":10:37: error CW220")
        .doesNotContain("CW401").doesNotContain("CW104");
  }
}
