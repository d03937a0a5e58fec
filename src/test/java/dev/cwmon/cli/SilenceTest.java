package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One check can be silenced for one rule, with a reason that lint keeps in its output. */
class SilenceTest {
  @TempDir Path tmp;

  private Path spec(String... ruleLines) throws Exception {
    StringBuilder s = new StringBuilder("""
        name: s
        rules:
          - file: s-rules.yml
            groups:
              - name: g
                rules:
                  - alert: A
                    expr: vector(1)
                    annotations: {summary: "{{ humanise $value }}"}
        """);
    for (String line : ruleLines) {
      s.append("            ").append(line).append('\n');
    }
    Path file = tmp.resolve("spec.yaml");
    Files.writeString(file, s.toString());
    return file;
  }

  @Test
  void aSilencedFindingIsKeptWithItsReasonAndDoesNotFailLint() throws Exception {
    Path file = spec("silence: [{code: CW220, reason: \"rendered by our own tooling\"}]");
    Cwmon.Result r = Cwmon.run("lint", file.toString());

    assertThat(r.exitCode()).as(r.out()).isZero();
    assertThat(r.out()).contains("silenced error CW220: template: function \"humanise\"")
        .contains("[silenced: rendered by our own tooling]")
        .contains("0 errors, 0 warnings, 1 silenced");
  }

  @Test
  void theSameFindingWithoutTheSilenceFails() throws Exception {
    Cwmon.Result r = Cwmon.run("lint", spec().toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
  }

  @Test
  void aSilenceThatMatchesNothingIsReported() throws Exception {
    Path file = spec("silence: [{code: CW220, reason: x}, {code: CW133, reason: stale}]");
    Cwmon.Result r = Cwmon.run("lint", file.toString(), "--strict");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out()).contains("warning CW108: silence of CW133 matches no diagnostic");
  }

  @Test
  void silencesAreNotRenderedIntoTheRuleFile() throws Exception {
    Path file = spec("silence: [{code: CW220, reason: x}]");
    Path out = tmp.resolve("out");
    assertThat(Cwmon.run("generate", file.toString(), "-o", out.toString()).exitCode())
        .isZero();
    assertThat(out.resolve("s-rules.yml")).content().doesNotContain("silence");
  }

  @Test
  void aSilenceForOneEnvironmentAppliesThereOnly() throws Exception {
    Path file = spec("silence: [{code: CW220, reason: staging only, environments: [staging]}]");
    Files.writeString(file, Files.readString(file) + "environments:\n  staging: {}\n  prod: {}\n");

    Cwmon.Result staging = Cwmon.run("lint", file.toString(), "--env", "staging");
    Cwmon.Result prod = Cwmon.run("lint", file.toString(), "--env", "prod");
    Cwmon.Result base = Cwmon.run("lint", file.toString());

    assertThat(staging.exitCode()).as(staging.out()).isZero();
    assertThat(staging.out()).contains("[silenced: staging only]");
    assertThat(prod.exitCode()).as(prod.out()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(prod.out()).contains("error CW220").doesNotContain("silenced")
        .doesNotContain("CW108");
    assertThat(base.exitCode()).isEqualTo(ExitCodes.FINDINGS);
  }
}
