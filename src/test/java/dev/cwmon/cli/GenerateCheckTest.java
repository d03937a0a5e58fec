package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCheckTest {
  private static final String EXAMPLE =
      Cwmon.repo().resolve("examples/codeweaver/cwmon.yaml").toString();

  @TempDir Path dir;

  @Test
  void checkAfterGenerateFindsNoDriftAndExits0() {
    String out = dir.resolve("out").toString();
    assertThat(Cwmon.run("generate", EXAMPLE, "-o", out, "-q").exitCode()).isZero();

    Cwmon.Result check = Cwmon.run("generate", EXAMPLE, "-o", out, "--check");

    assertThat(check.exitCode()).isZero();
    assertThat(check.out()).contains("is up to date");
  }

  @Test
  void anEditedFileIsPrintedAsADiffAndExits1WithoutWriting() throws Exception {
    Path out = dir.resolve("out");
    Cwmon.run("generate", EXAMPLE, "-o", out.toString(), "-q");
    Path rules = out.resolve("codeweaver-rules.yml");
    String edited = Cwmon.read(rules).replace("for: 10m", "for: 20m");
    Cwmon.write(rules, edited);

    Cwmon.Result check = Cwmon.run("generate", EXAMPLE, "-o", out.toString(), "--check");

    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.out()).contains("--- a/codeweaver-rules.yml", "+++ b/codeweaver-rules.yml",
        "\n-        for: 20m\n+        for: 10m\n");
    assertThat(check.err()).contains("codeweaver-rules.yml (changed)");
    assertThat(Cwmon.read(rules)).isEqualTo(edited);
  }

  @Test
  void anotherEnvironmentIsDrift() {
    String out = dir.resolve("out").toString();
    Cwmon.run("generate", EXAMPLE, "-o", out, "-q", "--env", "prod");

    Cwmon.Result check = Cwmon.run("generate", EXAMPLE, "-o", out, "--check", "--env", "staging");

    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.out()).contains("+    cluster: codeweaver-staging");
  }

  @Test
  void switchingToKubernetesMakesThePlainFilesStaleAndTheManifestsMissing() {
    String out = dir.resolve("out").toString();
    Cwmon.run("generate", EXAMPLE, "-o", out, "-q");

    Cwmon.Result check = Cwmon.run("generate", EXAMPLE, "-o", out, "--check",
        "--format", "kubernetes");

    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.err()).contains("prometheus.yml (no longer generated)",
        "kubernetes/secret-alertmanager-codeweaver.yaml (missing)");
  }

  @Test
  void checkOfAnEmptyFolderReportsEveryFileMissingAndCreatesNothing() {
    Path out = dir.resolve("none");

    Cwmon.Result check = Cwmon.run("generate", EXAMPLE, "-o", out.toString(), "--check");

    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.err()).contains("prometheus.yml (missing)");
    assertThat(Files.exists(out)).isFalse();
  }
}
