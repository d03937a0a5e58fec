package dev.cwmon.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.ChildCwmon;
import dev.cwmon.testing.Cwmon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same spec gives the same bytes whatever the run: again, from another folder, under a
 * German or Turkish locale and a +12:45 time zone, on Java 25, and from a CRLF spec.
 */
class DeterminismTest {
  private static final Path JAVA_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

  @TempDir Path tmp;
  Path spec;
  Map<String, byte[]> reference;

  @BeforeEach
  void reference() throws Exception {
    spec = Files.copy(Cwmon.example("codeweaver").resolve("cwmon.yaml"),
        tmp.resolve("cwmon.yaml"));
    reference = generate(ChildCwmon.current(), "ref");
  }

  private Map<String, byte[]> generate(ChildCwmon child, String name) throws Exception {
    Path out = tmp.resolve(name);
    Cwmon.Result r = child.run(tmp.resolve("logs-" + name), "generate", spec.toString(), "-o",
        out.toString(), "-q");
    assertThat(r.exitCode()).as(r.err()).isZero();
    return files(out);
  }

  static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private void assertSame(Map<String, byte[]> actual) {
    assertThat(actual.keySet()).isEqualTo(reference.keySet());
    reference.forEach((f, bytes) -> assertThat(actual.get(f)).as(f).isEqualTo(bytes));
    reference.values().forEach(b -> assertThat(new String(b)).doesNotContain("\r"));
  }

  @Test
  void aSecondRunGivesTheSameBytes() throws Exception {
    assertSame(generate(ChildCwmon.current(), "again"));
  }

  @Test
  void anotherWorkingFolderGivesTheSameBytes() throws Exception {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere/deeper"));
    assertSame(generate(ChildCwmon.current().in(elsewhere), "elsewhere-out"));
  }

  @Test
  void germanAndTurkishLocalesAndAnOddTimeZoneGiveTheSameBytes() throws Exception {
    assertSame(generate(ChildCwmon.current().env("LANG", "de_DE.UTF-8")
        .env("LC_ALL", "de_DE.UTF-8").env("TZ", "Pacific/Chatham")
        .jvmArg("-Duser.language=tr").jvmArg("-Duser.country=TR")
        .jvmArg("-Duser.timezone=Pacific/Chatham"), "tr"));
    assertSame(generate(ChildCwmon.current().jvmArg("-Duser.language=de")
        .jvmArg("-Duser.country=DE"), "de"));
  }

  @Test
  void java25GivesTheSameBytes() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(JAVA_25), "Java 25 is not installed at " + JAVA_25);
    assertSame(generate(ChildCwmon.with(JAVA_25), "java25"));
  }

  @Test
  void aSpecWithCrlfLineEndingsGivesTheSameBytes() throws Exception {
    Files.writeString(spec, Files.readString(spec).replace("\n", "\r\n"));
    assertSame(generate(ChildCwmon.current(), "crlf"));
  }
}
