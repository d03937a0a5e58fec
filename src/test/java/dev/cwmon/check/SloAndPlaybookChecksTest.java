package dev.cwmon.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.diag.Diagnostic;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.diag.Severity;
import dev.cwmon.load.LoadLimits;
import dev.cwmon.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SloAndPlaybookChecksTest {
  @TempDir Path dir;

  private static final String RULES = """
      name: app
      rules:
        - file: app-rules.yml
          groups:
            - name: app
              rules:
                - alert: AppDown
                  expr: up == 0
      alertmanager:
        route: {receiver: people}
        receivers:
          - name: people
            webhook_configs: [{url: "http://people/hook"}]
          - name: robot
            webhook_configs: [{url: "http://robot/hook"}]
      """;

  private List<Diagnostic> check(String yaml) throws Exception {
    Path spec = dir.resolve("cwmon.yaml");
    Files.writeString(spec, yaml);
    Diagnostics diagnostics = new Diagnostics();
    new Pipeline(LoadLimits.DEFAULT, null).check(spec, diagnostics);
    return diagnostics.sorted();
  }

  @Test
  void playbookForAnUndefinedAlertIsReportedAtItsLine() throws Exception {
    List<Diagnostic> found = check(RULES + """
        playbooks:
          receiver: robot
          alerts:
            AppDown: {actions: [restart_instance]}
            AppDwn: {runbook_url: "http://runbooks/app"}
        """);
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("CW190");
      assertThat(d.format()).contains("cwmon.yaml:20:").contains("\"AppDwn\"");
      assertThat(d.hint()).contains("did you mean \"AppDown\"?");
    });
  }

  @Test
  void playbookReceiverThatIsNotDefinedIsAnError() throws Exception {
    List<Diagnostic> found = check(RULES + """
        playbooks:
          receiver: robots
          alerts:
            AppDown: {actions: [restart_instance]}
        """);
    assertThat(found).extracting(Diagnostic::code).contains("CW192");
  }

  @Test
  void playbookReceiverCountsAsUsed() throws Exception {
    List<Diagnostic> found = check(RULES + """
        playbooks:
          receiver: robot
          alerts:
            AppDown: {actions: [restart_instance]}
        """);
    assertThat(found).isEmpty();
  }

  @Test
  void unknownActionIsReportedWithTheKnownOnes() throws Exception {
    List<Diagnostic> found = check(RULES + """
        playbooks:
          receiver: robot
          alerts:
            AppDown: {actions: [restart_instanse]}
        """);
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("CW105");
      assertThat(d.hint()).contains("restart_instance");
    });
  }

  @Test
  void objectiveAsPercentAndShortPeriodAreReported() throws Exception {
    List<Diagnostic> found = check("""
        name: app
        slos:
          - name: api
            objective: 99.9
            period: 30m
            indicator:
              ratio: {errors: 'req_total{code="500"}', total: req_total}
        """);
    assertThat(found).extracting(Diagnostic::code).containsExactly("CW191", "CW191");
    assertThat(found.get(0).message()).contains("objective 99.9");
    assertThat(found.get(1).message()).startsWith("period 30m is shorter than 1h");
  }

  @Test
  void aLowObjectiveOnAShortPeriodCountsOnlyTheAlertsThatFit() throws Exception {
    List<Diagnostic> found = check("""
        name: app
        slos:
          - name: api
            objective: 0.1
            period: 60h
            indicator:
              ratio: {errors: 'req_total{code="500"}', total: req_total}
        """);
    // On 60h the 6h/30m page fires at burn rate 0.5: CW198.
    assertThat(found).extracting(Diagnostic::code).containsExactly("CW196", "CW197", "CW198");
    assertThat(found.get(0).message()).contains("the 1h/5m critical alert would need an "
        + "error ratio of 1.08, above 1");
    assertThat(found.get(0).hint()).endsWith("an objective of at least 0.1667 keeps all three");
    assertThat(found.get(1).severity()).isEqualTo(Severity.INFO);
    assertThat(found.get(1).format()).contains("cwmon.yaml:5:13: ")
        .contains("period 2d12h is shorter than the long window of the burn-rate alert 3d/6h");
  }

  @Test
  void indicatorWithBothRatioAndLatencyOrABadSelectorIsReported() throws Exception {
    List<Diagnostic> found = check("""
        name: app
        slos:
          - name: api
            objective: 0.99
            period: 30d
            indicator:
              ratio: {errors: 'req_total{code=500}', total: req_total}
          - name: api-latency
            objective: 0.99
            period: 30d
            indicator:
              latency: {histogram: req_seconds, threshold: fast}
        """);
    assertThat(found).extracting(Diagnostic::message).containsExactly(
        "label values must be quoted in \"req_total{code=500}\"",
        "threshold \"fast\" is not a positive number");
  }
}
