package dev.cwmon.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cwmon.render.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The writer on its own: set replacement, foreign files, links and paths that leave. */
class OutputWriterTest {
  @TempDir Path tmp;

  private static Output out(String path, String text) {
    return new Output(path, OutputWriter.HEADER + "\n" + text, Output.Format.TEXT, null);
  }

  private static List<String> listing(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> !p.equals(root))
          .map(p -> root.relativize(p).toString() + (Files.isSymbolicLink(p) ? "@" : ""))
          .sorted().toList();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"../x", "/etc/passwd", "a/../../b", "a/../b", "./a", "a/./b", "..",
      ".", "", "a//b", "a/", "/", "a\\..\\b", "nul\u0000byte", ".cwmon-manifest",
      "../../../../../../../../tmp/x", "a/b/../../../c"})
  void pathsThatAreNotPlainRelativeNamesAreRefused(String path) {
    assertThatThrownBy(() -> OutputWriter.resolveInside(tmp, path))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leaves the output folder")
        .hasMessageNotContaining("\u0000");
  }

  @Test
  void plainRelativePathsResolveBelowTheFolder() {
    assertThat(OutputWriter.resolveInside(tmp, "dashboards/a.json"))
        .isEqualTo(tmp.toAbsolutePath().resolve("dashboards/a.json"));
    assertThat(OutputWriter.resolveInside(tmp, "...json"))
        .isEqualTo(tmp.toAbsolutePath().resolve("...json"));
  }

  @Test
  void aSecondRunReplacesTheSetDropsStaleFilesAndKeepsForeignOnes() throws IOException {
    Path dir = tmp.resolve("out");
    OutputWriter.write(dir, List.of(out("a.yml", "1"), out("sub/b.yml", "1")));
    Files.writeString(dir.resolve("README.md"), "mine\n");
    Files.createDirectories(dir.resolve("notes/empty"));
    Files.writeString(dir.resolve("sub/keep.txt"), "mine too\n");

    OutputWriter.write(dir, List.of(out("a.yml", "2"), out("c.yml", "2")));

    assertThat(listing(dir)).containsExactly(".cwmon-manifest", "README.md", "a.yml", "c.yml",
        "notes", "notes/empty", "sub", "sub/keep.txt");
    assertThat(dir.resolve("a.yml")).hasContent(OutputWriter.HEADER + "\n2");
    assertThat(dir.resolve("README.md")).hasContent("mine");
    assertThat(listing(tmp)).allMatch(p -> !p.contains(".cwmon-new-")
        && !p.contains(".cwmon-old-") && !p.contains(".cwmon-ready-"));
  }

  @Test
  void theReplacedFolderKeepsItsModeWithTheSetgidBit() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("shared"));
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.getFileStore(dir).supportsFileAttributeView("unix"), "no unix file attributes");
    Files.setAttribute(dir, "unix:mode", 02775);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        ((int) Files.getAttribute(dir, "unix:mode") & 07777) == 02775,
        "this file system does not keep the setgid bit");

    OutputWriter.write(dir, List.of(out("a.yml", "1"), out("sub/b.yml", "1")));

    assertThat((int) Files.getAttribute(dir, "unix:mode") & 07777).isEqualTo(02775);
    assertThat(Files.getAttribute(dir.resolve("sub"), "unix:gid"))
        .isEqualTo(Files.getAttribute(dir, "unix:gid"));
  }

  @Test
  void aForeignFileInASubfolderIsReportedAndKeptWithoutForce() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("out/dashboards"));
    Files.writeString(dir.resolve("a.json"), "{\"mine\": true}\n");
    List<Output> outputs = List.of(out("dashboards/a.json", "{}"));

    assertThat(OutputWriter.foreignFiles(tmp.resolve("out"), outputs))
        .extracting(OutputWriter.Foreign::path).containsExactly("dashboards/a.json");
  }

  @Test
  void aFileWhereAFolderOfTheOutputMustGoIsForeign() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(dir.resolve("dashboards"), "a file\n");
    assertThat(OutputWriter.foreignFiles(dir, List.of(out("dashboards/a.json", "{}"))))
        .extracting(OutputWriter.Foreign::path).containsExactly("dashboards");
  }

  @Test
  void aSymlinkPointingOutsideIsForeignAndNeverWrittenThrough() throws IOException {
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(outside.resolve("prometheus.yml"), OutputWriter.HEADER + " outside\n");
    Path dir = Files.createDirectories(tmp.resolve("out"));
    Files.createSymbolicLink(dir.resolve("prometheus.yml"), outside.resolve("prometheus.yml"));
    Files.createSymbolicLink(dir.resolve("dashboards"), outside);
    List<Output> outputs = List.of(out("prometheus.yml", "new"), out("dashboards/x.json", "{}"));

    assertThat(OutputWriter.foreignFiles(dir, outputs)).extracting(OutputWriter.Foreign::path)
        .containsExactly("prometheus.yml", "dashboards");
    OutputWriter.write(dir, outputs);

    assertThat(listing(outside)).containsExactly("prometheus.yml");
    assertThat(outside.resolve("prometheus.yml")).hasContent(OutputWriter.HEADER + " outside");
    assertThat(Files.isSymbolicLink(dir.resolve("prometheus.yml"))).isFalse();
    assertThat(dir.resolve("dashboards/x.json")).isRegularFile();
  }

  @Test
  void unrelatedSymlinksAreCarriedOverAsLinksNotFollowed() throws IOException {
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(outside.resolve("secret"), "x\n");
    Path dir = Files.createDirectories(tmp.resolve("out"));
    Files.createSymbolicLink(dir.resolve("link"), outside);

    OutputWriter.write(dir, List.of(out("a.yml", "1")));

    assertThat(Files.readSymbolicLink(dir.resolve("link"))).isEqualTo(outside);
    assertThat(listing(dir)).containsExactly(".cwmon-manifest", "a.yml", "link@");
  }

  @Test
  void anOutputFolderThatIsALinkIsReplacedWhereItPoints() throws IOException {
    Path real = Files.createDirectories(tmp.resolve("real"));
    Path link = Files.createSymbolicLink(tmp.resolve("out"), real);
    OutputWriter.write(link, List.of(out("a.yml", "1")));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(real.resolve("a.yml")).isRegularFile();
  }

  @Test
  void anInterruptedSwapIsFinishedByTheNextRun() throws IOException {
    Path dir = tmp.resolve("out");
    OutputWriter.write(dir, List.of(out("a.yml", "old")));
    Path ready = Files.createDirectories(tmp.resolve("out.cwmon-ready-1"));
    Files.writeString(ready.resolve("a.yml"), OutputWriter.HEADER + "\nnew\n");
    Files.writeString(ready.resolve(OutputWriter.MANIFEST), "a.yml\n");
    Files.move(dir, tmp.resolve("out.cwmon-old-1"));
    Files.createDirectories(tmp.resolve("out.cwmon-new-2"));

    assertThat(OutputWriter.foreignFiles(dir, List.of(out("a.yml", "x")))).isEmpty();

    assertThat(dir.resolve("a.yml")).hasContent(OutputWriter.HEADER + "\nnew");
    assertThat(listing(tmp)).containsExactly("out", "out/.cwmon-manifest", "out/a.yml");
  }

  @Test
  void aReadySetNotYetSwappedIsDiscardedWhileTheOldSetIsInPlace() throws IOException {
    Path dir = tmp.resolve("out");
    OutputWriter.write(dir, List.of(out("a.yml", "old")));
    Files.createDirectories(tmp.resolve("out.cwmon-ready-1"));
    OutputWriter.foreignFiles(dir, List.of());
    assertThat(dir.resolve("a.yml")).hasContent(OutputWriter.HEADER + "\nold");
    assertThat(tmp.resolve("out.cwmon-ready-1")).doesNotExist();
  }

  @Test
  void theCurrentFolderIsNotReplaced() {
    assertThatThrownBy(() -> OutputWriter.write(Path.of(""), List.of(out("a.yml", "1"))))
        .isInstanceOf(IOException.class).hasMessageContaining("current folder");
  }
}
