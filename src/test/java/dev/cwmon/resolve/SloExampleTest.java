package dev.cwmon.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.diag.Diagnostics;
import dev.cwmon.load.LoadLimits;
import dev.cwmon.model.Spec;
import dev.cwmon.pipeline.Pipeline;
import dev.cwmon.render.Output;
import dev.cwmon.write.OutputWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CodeWeaver example's SLO rules, tests and playbook routes, judged by the real tools. */
class SloExampleTest {
  private static final Path EXAMPLE = Path.of(System.getenv().getOrDefault("CWMON_REPO", "."))
      .resolve("examples/codeweaver");

  @TempDir static Path out;
  static Spec spec;

  @BeforeAll
  static void generate() throws Exception {
    Pipeline pipeline = new Pipeline(LoadLimits.DEFAULT, null);
    Diagnostics diagnostics = new Diagnostics();
    spec = pipeline.check(EXAMPLE, diagnostics).spec();
    assertThat(diagnostics.sorted()).isEmpty();
    List<Output> outputs = pipeline.render(spec, "codeweaver");
    OutputWriter.write(out, outputs);
  }

  @Test
  void sloRuleFileIsListedInPrometheusRuleFiles() throws Exception {
    assertThat(Files.readString(out.resolve("prometheus.yml")))
        .contains("- codeweaver-rules.yml", "- codeweaver-slo-rules.yml");
  }

  @Test
  void generatedRulesAndAlertmanagerConfigPassTheRealTools() throws Exception {
    Tools.assumeInstalled("promtool");
    Tools.assumeInstalled("amtool");
    Tools.Run rules = Tools.run(out, "promtool", "check", "rules", "codeweaver-rules.yml",
        "codeweaver-slo-rules.yml");
    assertThat(rules.exit()).as(rules.output()).isZero();
    Tools.Run am = Tools.run(out, "amtool", "check-config", "alertmanager.yml");
    assertThat(am.exit()).as(am.output()).isZero();
  }

  @Test
  void everySloHasPromtoolTestsThatPass() throws Exception {
    Tools.assumeInstalled("promtool");
    List<String> command = new ArrayList<>(List.of("promtool", "test", "rules"));
    spec.slos().forEach(s -> command.add(SloTests.path(s)));
    assertThat(command).hasSize(3 + 4);
    Tools.Run run = Tools.run(out, command.toArray(String[]::new));
    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(run.output()).contains("SUCCESS").doesNotContain("FAILED");
  }

  @Test
  void aWrongPageThresholdMakesTheSloTestsFail() throws Exception {
    Tools.assumeInstalled("promtool");
    Path rules = out.resolve("codeweaver-slo-rules.yml");
    String original = Files.readString(rules);
    String wrong = original.replace("(14.4 * 0.001)", "(16 * 0.001)");
    assertThat(wrong).isNotEqualTo(original);
    Files.writeString(rules, wrong);
    try {
      Tools.Run run = Tools.run(out, "promtool", "test", "rules",
          "tests/codeweaver-availability-slo-tests.yml");
      assertThat(run.exit()).isNotZero();
      assertThat(run.output()).contains("FAILED", "5% above the 1h/5m threshold");
    } finally {
      Files.writeString(rules, original);
    }
  }

  @Test
  void aWrongTicketThresholdMakesTheSloTestsFail() throws Exception {
    Tools.assumeInstalled("promtool");
    Path rules = out.resolve("codeweaver-slo-rules.yml");
    String original = Files.readString(rules);
    String wrong = original.replace("(1 * 0.01)", "(0.9 * 0.01)");
    assertThat(wrong).isNotEqualTo(original);
    Files.writeString(rules, wrong);
    try {
      Tools.Run run = Tools.run(out, "promtool", "test", "rules",
          "tests/codeweaver-error-rate-slo-tests.yml");
      assertThat(run.exit()).isNotZero();
      assertThat(run.output()).contains("5% below the 3d/6h threshold");
    } finally {
      Files.writeString(rules, original);
    }
  }

  @Test
  void alertsWithActionsGoFirstToIncidentResponseAndContinue() throws Exception {
    String am = Files.readString(out.resolve("alertmanager.yml"));
    assertThat(am).containsSubsequence("routes:", "- receiver: incident-response",
        "continue: true", "alertname=~CodeWeaverHighErrorRate|CodeWeaverDown|"
            + "CodeWeaverHighLatency|CodeWeaverVectorDBDown|CodeWeaverHighMemoryUsage",
        "- receiver: critical-alerts");
  }

  @Test
  void routingTestSendsAnAutomatedAlertToIncidentResponseAndToPeople() throws Exception {
    Tools.assumeInstalled("amtool");
    Tools.Run run = Tools.run(out, "amtool", "config", "routes", "test",
        "--config.file=alertmanager.yml", "alertname=CodeWeaverDown", "severity=critical");
    assertThat(run.output().strip().lines().reduce((a, b) -> b).orElse(""))
        .isEqualTo("incident-response,critical-alerts");
  }

  @Test
  void playbookRunbookBecomesAnAnnotation() throws Exception {
    assertThat(Files.readString(out.resolve("codeweaver-rules.yml")))
        .contains("runbook_url: https://runbooks.company.com/codeweaver/down");
  }

  @Test
  void dashboardDataNamesTheRecordedSeries() {
    SloDashboardData data = SloDashboardData.of(spec.slos().get(0));
    assertThat(data.budgetRemaining())
        .isEqualTo("slo:codeweaver_availability:error_budget_remaining");
    assertThat(data.burnRates()).extracting(SloDashboardData.BurnRate::expr)
        .contains("slo:codeweaver_availability:error_ratio_rate1h / 0.001");
  }
}
