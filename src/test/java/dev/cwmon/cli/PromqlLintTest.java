package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import org.junit.jupiter.api.Test;

/** PromQL errors are reported at their exact place in the spec, in every YAML scalar style. */
class PromqlLintTest {
  private static final String SPEC = "src/test/resources/specs/bad-promql.yaml";

  @Test
  void errorsPointIntoPlainQuotedAndBlockValues() {
    Cwmon.Result r = Cwmon.run("lint", SPEC);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out())
        .contains(SPEC + ":8:24: error CW201: PromQL: expected type range vector in call to "
            + "function \"rate\", got instant vector")
        .contains(SPEC + ":10:44: error CW201: PromQL: unexpected end of input")
        .contains("hint: expected \",\" or \")\" here")
        .contains(SPEC + ":15:15: error CW201: PromQL: unexpected \")\"")
        .contains("3 errors");
  }

  @Test
  void generateRefusesASpecWithInvalidPromql() {
    Cwmon.Result r = Cwmon.run("generate", SPEC, "-o", "target/never-written");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(java.nio.file.Path.of("target/never-written")).doesNotExist();
  }
}
