package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.cwmon.testing.ChildCwmon;
import dev.cwmon.testing.Cwmon;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cwmon test} on a spec with rule_tests and no routing tests: promtool decides. */
class TestCommandRuleTestsTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static final String SPEC = """
      name: app
      rules:
        - file: app-rules.yml
          groups:
            - name: app
              rules:
                - alert: AppDown
                  expr: up{job="app"} == 0
                  for: 1m
                  labels: {severity: critical, team: web}
                  annotations:
                    summary: "{{ $labels.instance }} is down"
                    description: "no scrape answered for {{ $value }}"
      rule_tests:
        - interval: 1m
          input_series:
            - series: up{job="app", instance="a:9090"}
              values: 1 0 0 0
            - series: up{job="app", instance="b:9090"}
              values: 1 1 1 1
          alert_rule_test:
            - eval_time: 3m
              alertname: AppDown
              exp_alerts:
                - exp_labels: {instance: "%s"}
                  exp_annotations: {summary: "a:9090 is down"}
      """;

  @BeforeEach
  void needsPromtool() {
    boolean found = false;
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      found |= Files.isExecutable(Path.of(d.isEmpty() ? "." : d, "promtool"));
    }
    assumeThat(found).as("promtool is not installed (apt-get install prometheus); skipping")
        .isTrue();
  }

  private Path spec(String instance) throws Exception {
    Path spec = dir.resolve("cwmon.yaml");
    Files.writeString(spec, SPEC.formatted(instance));
    return spec;
  }

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void expectationNamingSomeLabelsAndAnnotationsPasses() throws Exception {
    assertThat(run("test", spec("a:9090").toString())).as(out + "" + err)
        .isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("tests/rule-tests.yml", "SUCCESS", "rule tests: passed");
    assertThat(out.toString()).contains("routing tests: none");
  }

  @Test
  void expectationNamingAWrongLabelFailsWithPromtoolsDiff() throws Exception {
    assertThat(run("test", spec("b:9090").toString())).isEqualTo(ExitCodes.FINDINGS);
    assertThat(out.toString()).contains("FAILED", "instance=\"a:9090\"", "rule tests: FAILED");
  }

  @Test
  void theHiddenTestRulesNameRunsTheSameTests() throws Exception {
    assertThat(run("test-rules", spec("b:9090").toString())).isEqualTo(ExitCodes.FINDINGS);
    assertThat(out.toString()).contains("rule tests: FAILED");
    StringWriter help = new StringWriter();
    Main.run(new String[] {"--help"}, new PrintWriter(help), new PrintWriter(help));
    assertThat(help.toString()).contains("test").doesNotContain("test-rules");
  }

  @Test
  void aPromtoolPathThatIsNotThereIsUnusableInputWithAHint() throws Exception {
    int code = run("test", "--promtool", dir.resolve("nope").toString(),
        spec("a:9090").toString());
    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("promtool not found", "hint: install it");
  }

  @Test
  void withoutPromtoolOnThePathRuleTestsAreSkippedUnlessRequired() throws Exception {
    Path spec = spec("b:9090");
    Path empty = Files.createDirectories(dir.resolve("empty-path"));
    Cwmon.Result skipped = ChildCwmon.current().env("PATH", empty.toString())
        .run(dir.resolve("logs-skipped"), "test", spec.toString());
    assertThat(skipped.exitCode()).as(skipped.err()).isEqualTo(ExitCodes.OK);
    assertThat(skipped.out()).contains("rule tests: skipped (promtool not found on the PATH)");
    assertThat(skipped.err()).contains("rule tests skipped", "hint:", "--require-promtool");

    Cwmon.Result required = ChildCwmon.current().env("PATH", empty.toString())
        .run(dir.resolve("logs-required"), "test", "--require-promtool", spec.toString());
    assertThat(required.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(required.err()).contains("promtool not found on the PATH");
  }
}
