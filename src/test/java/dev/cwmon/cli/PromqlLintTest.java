package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void expressionsAsDeepAsPromtoolAcceptsAreGenerated(@TempDir Path dir) throws IOException {
    // promtool check rules accepts each of these; a 1 MB stack did not.
    String or = "up" + " or up".repeat(5000);
    String parens = "(".repeat(3000) + "up" + ")".repeat(3000);
    Path spec = dir.resolve("deep.yaml");
    Files.writeString(spec, "name: deep\nrules:\n  - file: deep-rules.yml\n    groups:\n"
        + "      - name: deep\n        rules:\n"
        + "          - record: job:or:up\n            expr: '" + or + "'\n"
        + "          - record: job:parens:up\n            expr: '" + parens + "'\n");

    Cwmon.Result lint = Cwmon.run("lint", spec.toString());
    Cwmon.Result generate = Cwmon.run("generate", spec.toString(), "-o", dir.resolve("out")
        .toString());

    assertThat(lint.exitCode()).as(lint.out() + lint.err()).isZero();
    assertThat(generate.exitCode()).as(generate.out() + generate.err()).isZero();
    assertThat(dir.resolve("out/deep-rules.yml")).content().contains(parens);
  }
}
