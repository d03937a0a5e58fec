package dev.cwmon.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.render.Output;
import dev.cwmon.testing.Cwmon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftTest {
  @TempDir Path out;

  private static Output text(String path, String text) {
    return new Output(path, text, Output.Format.TEXT, null);
  }

  @Test
  void aFolderWrittenFromTheSameOutputsHasNoDrift() throws IOException {
    List<Output> outputs = List.of(text("a.yml", "a: 1\n"), text("sub/b.yml", "b: 2\n"));
    OutputWriter.write(out, outputs);

    assertThat(Drift.compare(out, outputs)).isEmpty();
  }

  @Test
  void aChangedFileIsAUnifiedDiffFromTheFolderToCwmon() throws IOException {
    OutputWriter.write(out, List.of(text("a.yml", "x: 1\ny: 2\nz: 3\n")));
    Cwmon.write(out.resolve("a.yml"), "x: 1\ny: 20\nz: 3\n");

    List<Drift.Difference> drift = Drift.compare(out, List.of(text("a.yml", "x: 1\ny: 2\nz: 3\n")));

    assertThat(drift).extracting(Drift.Difference::kind).containsExactly(Drift.Kind.CHANGED);
    assertThat(drift.get(0).diff()).isEqualTo("""
        --- a/a.yml
        +++ b/a.yml
        @@ -1,3 +1,3 @@
         x: 1
        -y: 20
        +y: 2
         z: 3
        """);
  }

  @Test
  void aMissingFileIsDriftShownAsAdded() throws IOException {
    List<Drift.Difference> drift = Drift.compare(out, List.of(text("new.yml", "n: 1\n")));

    assertThat(drift).extracting(Drift.Difference::kind).containsExactly(Drift.Kind.MISSING);
    assertThat(drift.get(0).diff())
        .isEqualTo("--- /dev/null\n+++ b/new.yml\n@@ -0,0 +1,1 @@\n+n: 1\n");
  }

  @Test
  void gitAppliesTheDiffsOfAMissingAChangedAndAStaleFile(@TempDir Path work)
      throws IOException, InterruptedException {
    org.junit.jupiter.api.Assumptions.assumeTrue(onPath("git"), "git is not installed");
    OutputWriter.write(out, List.of(text("a.yml", "x: 1\ny: 2\n"), text("old.yml", "o: 1\n")));
    Cwmon.write(out.resolve("a.yml"), "x: 1\ny: 20\n");
    List<Output> wanted = List.of(text("a.yml", "x: 1\ny: 2\n"), text("new.yml", "n: 1\n"));
    StringBuilder patch = new StringBuilder();
    Drift.compare(out, wanted).forEach(d -> patch.append(d.diff()));
    Path patchFile = work.resolve("drift.patch");
    Files.writeString(patchFile, patch);

    Process git = new ProcessBuilder("git", "apply", "--unsafe-paths", patchFile.toString())
        .directory(out.toFile()).redirectErrorStream(true).start();
    String said = new String(git.getInputStream().readAllBytes());

    assertThat(git.waitFor()).as(said).isZero();
    assertThat(Files.readString(out.resolve("a.yml"))).isEqualTo("x: 1\ny: 2\n");
    assertThat(Files.readString(out.resolve("new.yml"))).isEqualTo("n: 1\n");
    assertThat(out.resolve("old.yml")).doesNotExist();
  }

  private static boolean onPath(String tool) {
    return java.util.Arrays.stream(System.getenv("PATH").split(java.io.File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
  }

  @Test
  void aFileOfTheManifestThatIsNoLongerGeneratedIsDrift() throws IOException {
    OutputWriter.write(out, List.of(text("keep.yml", "k: 1\n"), text("old.yml", "o: 1\n")));

    List<Drift.Difference> drift = Drift.compare(out, List.of(text("keep.yml", "k: 1\n")));

    assertThat(drift).extracting(Drift.Difference::path, Drift.Difference::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("old.yml", Drift.Kind.STALE));
    assertThat(drift.get(0).diff())
        .isEqualTo("--- a/old.yml\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-o: 1\n");
  }

  @Test
  void aFileWithTheHeaderThatTheManifestDoesNotListIsStaleToo() throws IOException {
    OutputWriter.write(out, List.of(text("keep.yml", "k: 1\n")));
    Cwmon.write(out.resolve("sub/copied.yml"), OutputWriter.HEADER + " from spec t.\nc: 1\n");
    Cwmon.write(out.resolve("mine.yml"), "m: 1\n");

    List<Drift.Difference> drift = Drift.compare(out, List.of(text("keep.yml", "k: 1\n")));

    assertThat(drift).extracting(Drift.Difference::path, Drift.Difference::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("sub/copied.yml", Drift.Kind.STALE));
  }

  @Test
  void aFileThatDiffersOnlyInItsFinalNewlineIsDriftWithANote() throws IOException {
    Cwmon.write(out.resolve("a.yml"), "a: 1");

    List<Drift.Difference> drift = Drift.compare(out, List.of(text("a.yml", "a: 1\n")));

    assertThat(drift).hasSize(1);
    assertThat(drift.get(0).diff()).contains("differ only in line endings or a final newline");
  }

  @Test
  void comparingWritesNothing() throws IOException {
    Path missing = out.resolve("never");

    Drift.compare(missing, List.of(text("a.yml", "a: 1\n")));

    assertThat(missing).doesNotExist();
    try (var files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }
}
