package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleTestCommandTest {
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

  private int run(String instance) throws Exception {
    Path spec = dir.resolve("cwmon.yaml");
    Files.writeString(spec, SPEC.formatted(instance));
    return Main.run(new String[] {"test-rules", spec.toString()}, new PrintWriter(out),
        new PrintWriter(err));
  }

  @Test
  void expectationNamingSomeLabelsAndAnnotationsPasses() throws Exception {
    assertThat(run("a:9090")).as(out + "" + err).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("tests/rule-tests.yml", "SUCCESS", "rule tests passed");
  }

  @Test
  void expectationNamingAWrongLabelFailsWithPromtoolsDiff() throws Exception {
    assertThat(run("b:9090")).isEqualTo(ExitCodes.FINDINGS);
    assertThat(out.toString()).contains("FAILED", "instance=\"a:9090\"", "rule tests FAILED");
  }

  @Test
  void missingPromtoolIsUnusableInputWithAHint() throws Exception {
    Path spec = dir.resolve("cwmon.yaml");
    Files.writeString(spec, SPEC.formatted("a:9090"));
    int code = Main.run(new String[] {"test-rules", "--promtool", dir.resolve("nope").toString(),
        spec.toString()}, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("promtool not found", "hint: install it");
  }
}
