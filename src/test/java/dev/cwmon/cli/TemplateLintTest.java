package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import org.junit.jupiter.api.Test;

/** Go templates in annotations and receiver texts are checked in their own dialects. */
class TemplateLintTest {
  private static final String SPEC = "src/test/resources/specs/bad-templates.yaml";

  @Test
  void templateMistakesAreErrorsAtTheirExactColumnInTheSpecFile() {
    Cwmon.Result r = Cwmon.run("lint", SPEC);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out())
        .contains(SPEC + ":10:37: error CW220: template: function \"humanizePercentag\" not "
            + "defined")
        .contains(SPEC + ":11:29: error CW220: template: unexpected EOF")
        .contains(SPEC + ":20:24: error CW220: template: can't evaluate field GroupLables")
        .contains("3 errors");
  }
}
