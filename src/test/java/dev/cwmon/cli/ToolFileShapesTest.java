package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import dev.cwmon.testing.Tools;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule files that hold nothing, or more than one YAML document, as promtool reads them. */
class ToolFileShapesTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"", "# alerts to come\n", "---\n", "\n\n"})
  void anEmptyRuleFileIsAWarningAsPromtoolLoadsIt(String text) {
    Path file = Cwmon.write(tmp.resolve("rules.yml"), text);

    Cwmon.Result r = Cwmon.run("lint", file.toString());

    assertThat(r.exitCode()).as(r.out()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains(file + ":1:1: warning CW113: file holds no YAML content");
    Tools.assumeInstalled("promtool", "prometheus");
    Tools.Run promtool = Tools.run(tmp, "promtool", "check", "rules", file.toString());
    assertThat(promtool.exitCode()).as(promtool.output()).isZero();
  }

  @Test
  void aSecondDocumentIsNamedWherePromtoolSilentlyDropsIt() {
    String group = "groups:\n- name: %s\n  rules:\n  - record: job:up:%s\n    expr: %s\n";
    Path file = Cwmon.write(tmp.resolve("rules.yml"),
        group.formatted("a", "a", "rate(up)") + "---\n" + group.formatted("b", "b", "up"));

    Cwmon.Result r = Cwmon.run("lint", file.toString());

    // The first document is checked as promtool checks it; the second is named, not read.
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out()).contains(file + ":7:1: warning CW114: a second YAML document starts")
        .contains(file + ":5:16: error CW201").contains("1 error, 1 warning");
    Tools.assumeInstalled("promtool", "prometheus");
    Tools.Run promtool = Tools.run(tmp, "promtool", "check", "rules", file.toString());
    assertThat(promtool.output()).contains("expected type range vector");
  }

  @Test
  void anEmptyAlertmanagerYmlIsAnErrorAsAmtoolRefusesIt() {
    Path file = Cwmon.write(tmp.resolve("alertmanager.yml"), "");

    Cwmon.Result r = Cwmon.run("lint", file.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).contains(file + ":1:1: error CW101: alertmanager.yml is empty");
    Tools.assumeInstalled("amtool", "prometheus-alertmanager");
    assertThat(Tools.run(tmp, "amtool", "check-config", file.toString()).exitCode()).isNotZero();
  }

  @Test
  void aByteOrderMarkDoesNotHideWhatKindOfFileItIs() {
    Path file = Cwmon.write(tmp.resolve("rules.yml"),
        "\uFEFFgroups:\n- name: g\n  rules:\n  - record: job:up:rate\n    expr: rate(up)\n");

    Cwmon.Result r = Cwmon.run("lint", file.toString());

    assertThat(r.out()).contains(file + ":5:16: error CW201").doesNotContain("CW102");
  }

  @Test
  void aRuleFileThatIsNotThereIsNamedAsPromtoolRefusesIt() {
    Path config = Cwmon.write(tmp.resolve("prometheus.yml"), "rule_files: [alerts.yml]\n");

    Cwmon.Result missing = Cwmon.run("lint", config.toString());
    Cwmon.write(tmp.resolve("alerts.yml"), "groups: []\n");
    Cwmon.Result present = Cwmon.run("lint", config.toString());

    assertThat(missing.out()).contains(config + ":1:14: warning CW414: rule_files entry"
        + " \"alerts.yml\" points to no file");
    assertThat(present.out()).doesNotContain("CW414");
    Tools.assumeInstalled("promtool", "prometheus");
    java.nio.file.Path other = Cwmon.write(tmp.resolve("sub/prometheus.yml"),
        "rule_files: [alerts.yml]\n");
    assertThat(Tools.run(tmp, "promtool", "check", "config", other.toString()).output())
        .contains("does not point to an existing file");
  }
}
