package dev.cwmon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden outputs: every folder under src/test/resources/golden names an example, optionally
 * followed by {@code .FORMAT} ({@code codeweaver.kubernetes} is {@code --format kubernetes});
 * generating it must give exactly the files stored there. Run with -Dcwmon.golden.update=true
 * to rewrite them after an intended change, then review the diff.
 */
class GoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyExampleGeneratesItsGoldenFiles() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      List<Path> examples = dirs.filter(Files::isDirectory).sorted().toList();
      assertThat(examples).as("golden folders").isNotEmpty();
      return examples.stream().map(golden -> DynamicTest.dynamicTest(
          golden.getFileName().toString(), () -> check(golden)));
    }
  }

  private void check(Path golden) throws IOException {
    String name = golden.getFileName().toString();
    String[] exampleAndFormat = name.split("\\.", 2);
    String format = exampleAndFormat.length == 2 ? exampleAndFormat[1] : "files";
    Path out = tmp.resolve(name);
    Cwmon.Result result = Cwmon.run("generate", Cwmon.example(exampleAndFormat[0]).toString(),
        "-o", out.toString(), "-q", "--format", format);
    assertThat(result.exitCode()).as(result.err()).isZero();
    if (Boolean.getBoolean("cwmon.golden.update")) {
      replace(golden, out);
    }
    List<String> expected = files(golden);
    assertThat(files(out)).as("files generated for " + name).isEqualTo(expected);
    for (String file : expected) {
      assertThat(Files.readString(out.resolve(file)))
          .as(file + " (regenerate with -Dcwmon.golden.update=true if intended)")
          .isEqualTo(Files.readString(golden.resolve(file)));
    }
  }

  static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static void replace(Path golden, Path out) throws IOException {
    for (String old : files(golden)) {
      Files.delete(golden.resolve(old));
    }
    for (String file : files(out)) {
      Path target = golden.resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(out.resolve(file), target);
    }
  }
}
