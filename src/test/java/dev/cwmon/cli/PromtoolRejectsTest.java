package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import dev.cwmon.testing.Tools;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule files promtool refuses are errors in cwmon lint too, at the offending line. */
class PromtoolRejectsTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "- name: ''\\n    rules: [{alert: A, expr: up == 0}]|2|CW131",
      "- name: g\\n    rules: [{alert: A, expr: up == 0, labels: {__name__: x}}]|3|CW135",
      "- name: g\\n    rules: [{record: 'a:b', expr: up, labels: {__name__: x}}]|3|CW135",
      "- name: g\\n    query_offset: 1m\\n    rules: [{alert: A, expr: up == 0}]|3|CW102",
      "- name: g\\n    rules:\\n      - {alert: A, expr: up == 0, anotations: {a: b}}|4|CW102",
      "- name: g\\n    rules: [{alert: A, expr: up == 0}]\\nx: 1|4|CW102"})
  void cwmonRefusesWhatPromtoolRefuses(String groups, int line, String code) {
    Path file = Cwmon.write(tmp.resolve("rules.yml"),
        "groups:\n  " + groups.replace("\\n", "\n") + "\n");

    Cwmon.Result r = Cwmon.run("lint", file.toString());

    assertThat(r.out()).as(r.out()).contains(file + ":" + line + ":").contains("error " + code);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    Tools.assumeInstalled("promtool", "prometheus");
    Tools.Run promtool = Tools.run(tmp, "promtool", "check", "rules", file.toString());
    assertThat(promtool.exitCode()).as(promtool.output()).isNotZero();
  }
}
