package dev.cwmon.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.render.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files of an output folder are cwmon's to replace or delete: listed in the manifest and
 * still starting with the generated header, or, without a header, still holding the bytes the
 * manifest's SHA-256 records.
 */
class OwnershipTest {
  @TempDir Path tmp;

  private static Output yaml(String path, String body) {
    return new Output(path, OutputWriter.HEADER + " from spec t.\n" + body, Output.Format.YAML,
        null);
  }

  private static Output json(String path, String body) {
    return new Output(path, body, Output.Format.JSON, null);
  }

  private Path written(List<Output> outputs) throws IOException {
    Path dir = tmp.resolve("out");
    OutputWriter.write(dir, outputs);
    return dir;
  }

  @Test
  void theManifestListsEveryWrittenFileWithTheSha256OfItsBytes() throws IOException {
    Path dir = written(List.of(yaml("a.yml", "a: 1\n"), json("d/x.json", "{}\n")));

    assertThat(Files.readString(dir.resolve(OutputWriter.MANIFEST))).isEqualTo(
        Manifest.sha256(Files.readAllBytes(dir.resolve("a.yml"))) + "  a.yml\n"
        + "ca3d163bab055381827226140568f3bef7eaac187cebd76878e0b63e9e442356  d/x.json\n");
  }

  @Test
  void regeneratingAnUntouchedFolderFindsNothingForeign() throws IOException {
    List<Output> outputs = List.of(yaml("a.yml", "a: 1\n"), json("d/x.json", "{}\n"));
    Path dir = written(outputs);

    assertThat(OutputWriter.foreignFiles(dir, List.of(yaml("a.yml", "a: 2\n"),
        json("d/x.json", "{\"v\": 2}\n")))).isEmpty();
  }

  @Test
  void aListedFileWhoseHeaderWasReplacedIsForeign() throws IOException {
    Path dir = written(List.of(yaml("a.yml", "a: 1\n")));
    Files.writeString(dir.resolve("a.yml"), "# my own, now\na: 1\n");

    assertThat(OutputWriter.foreignFiles(dir, List.of(yaml("a.yml", "a: 2\n"))))
        .containsExactly(new OutputWriter.Foreign("a.yml", "its cwmon header is gone"));
  }

  @Test
  void aListedFileThatStillHasTheHeaderIsCwmonsEvenWhenEditedBelowIt() throws IOException {
    Path dir = written(List.of(yaml("a.yml", "a: 1\n")));
    Files.writeString(dir.resolve("a.yml"), OutputWriter.HEADER + " from spec t.\na: 9\n");

    assertThat(OutputWriter.foreignFiles(dir, List.of(yaml("a.yml", "a: 2\n")))).isEmpty();
  }

  @Test
  void aFileWithTheHeaderThatTheManifestDoesNotListIsForeign() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(dir.resolve("a.yml"), OutputWriter.HEADER + " from spec other.\nb: 1\n");

    assertThat(OutputWriter.foreignFiles(dir, List.of(yaml("a.yml", "a: 2\n"))))
        .containsExactly(new OutputWriter.Foreign("a.yml", "not listed in .cwmon-manifest"));
  }

  @Test
  void anEditedFileWithoutHeaderIsForeignThoughListed() throws IOException {
    Path dir = written(List.of(json("d/x.json", "{\"title\": \"cwmon's\"}\n")));
    Files.writeString(dir.resolve("d/x.json"), "{\"title\": \"mine\"}\n");

    assertThat(OutputWriter.foreignFiles(dir, List.of(json("d/x.json", "{}\n"))))
        .containsExactly(new OutputWriter.Foreign("d/x.json", "edited since cwmon wrote it"));
  }

  @Test
  void aFileThatAlreadyHoldsWhatCwmonWouldWriteIsNeverForeign() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(dir.resolve("x.json"), "{}\n");
    Files.writeString(dir.resolve("a.yml"), yaml("a.yml", "a: 1\n").text());

    assertThat(OutputWriter.foreignFiles(dir, List.of(json("x.json", "{}\n"),
        yaml("a.yml", "a: 1\n")))).isEmpty();
  }

  @Test
  void aManifestOfAnOlderCwmonWithoutHashesVouchesOnlyForFilesWithTheHeader()
      throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(dir.resolve("a.yml"), OutputWriter.HEADER + " from spec t.\na: 1\n");
    Files.writeString(dir.resolve("x.json"), "{}\n");
    Files.writeString(dir.resolve(OutputWriter.MANIFEST), "a.yml\nx.json\n");

    assertThat(OutputWriter.foreignFiles(dir, List.of(yaml("a.yml", "a: 2\n"),
        json("x.json", "{\"v\": 2}\n"))))
        .containsExactly(new OutputWriter.Foreign("x.json", "edited since cwmon wrote it"));
  }

  @Test
  void anEditedFileOfTheLastRunThatIsNoLongerGeneratedIsKeptAndNamed() throws IOException {
    Path dir = written(List.of(yaml("a.yml", "a: 1\n"), yaml("old.yml", "o: 1\n"),
        json("old.json", "{}\n"), json("gone.json", "{}\n")));
    Files.writeString(dir.resolve("old.yml"), "# mine now\no: 1\n");
    Files.writeString(dir.resolve("old.json"), "{\"mine\": true}\n");

    List<String> kept = OutputWriter.write(dir, List.of(yaml("a.yml", "a: 2\n")));

    assertThat(kept).containsExactly("old.json", "old.yml");
    assertThat(dir.resolve("old.yml")).hasContent("# mine now\no: 1");
    assertThat(dir.resolve("old.json")).hasContent("{\"mine\": true}");
    assertThat(dir.resolve("gone.json")).doesNotExist();
    assertThat(Files.readString(dir.resolve(OutputWriter.MANIFEST))).doesNotContain("old");
  }

  @Test
  void anEditedFileNoLongerGeneratedIsNotDrift() throws IOException {
    Path dir = written(List.of(yaml("a.yml", "a: 1\n"), json("old.json", "{}\n")));
    Files.writeString(dir.resolve("old.json"), "{\"mine\": true}\n");

    assertThat(Drift.compare(dir, List.of(yaml("a.yml", "a: 1\n")))).isEmpty();
  }
}
