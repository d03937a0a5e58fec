package dev.cwmon.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.ChildCwmon;
import dev.cwmon.testing.Cwmon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real cwmon process at random moments while it replaces a large output set, and
 * checks that the output folder then holds the old set or the new set, byte for byte.
 */
class KillDuringWriteTest {
  private static final int KILLS = 14;

  @TempDir Path tmp;

  @Test
  void aKilledGenerateLeavesTheOldSetOrTheNewSetNeverAMix() throws Exception {
    Path oldSpec = LargeSpec.write(tmp.resolve("old.yaml"), "old", 160, 2);
    Path newSpec = LargeSpec.write(tmp.resolve("new.yaml"), "new", 200, 2);
    Path oldRef = tmp.resolve("ref-old");
    Path newRef = tmp.resolve("ref-new");
    generate(oldSpec, oldRef, "ref-old");
    long started = System.nanoTime();
    generate(newSpec, newRef, "ref-new");
    long fullRunMillis = (System.nanoTime() - started) / 1_000_000;
    Files.writeString(oldRef.resolve("notes.txt"), "kept by hand\n");
    Files.writeString(newRef.resolve("notes.txt"), "kept by hand\n");
    Map<String, String> oldSet = snapshot(oldRef);
    Map<String, String> newSet = snapshot(newRef);
    assertThat(oldSet).isNotEqualTo(newSet);

    Random random = new Random(42);
    Map<String, Integer> outcomes = new TreeMap<>();
    for (int i = 0; i < KILLS; i++) {
      Path out = tmp.resolve("out" + i);
      copy(oldRef, out);
      Process p = ChildCwmon.current().start(tmp.resolve("logs" + i), "generate",
          newSpec.toString(), "-o", out.toString(), "-q");
      boolean writing = i % 4 != 0 && awaitWriting(p, tmp, "out" + i + ".cwmon-");
      long delay = writing ? random.nextInt(1500) : random.nextInt((int) fullRunMillis);
      boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
      p.destroyForcibly().waitFor();

      String before = Files.exists(out) ? describe(snapshot(out), oldSet, newSet) : "absent";
      assertThat(before).as("kill %d after %d ms", i, delay).isNotEqualTo("a mix");
      OutputWriter.foreignFiles(out, java.util.List.of());
      String after = describe(snapshot(out), oldSet, newSet);
      assertThat(after).as("kill %d after %d ms, then recovery", i, delay)
          .isIn("the old set", "the new set");
      assertThat(siblings(tmp, "out" + i + ".cwmon-")).isEmpty();
      outcomes.merge((finished ? "finished: " : writing ? "killed writing: " : "killed: ")
          + before, 1, Integer::sum);
    }
    System.out.printf("KillDuringWriteTest: full run %d ms; outcomes %s%n", fullRunMillis,
        outcomes);
  }

  /** Waits until the child has begun writing its new set; false if it ended first. */
  private static boolean awaitWriting(Process p, Path dir, String prefix) throws Exception {
    while (p.isAlive()) {
      if (!siblings(dir, prefix).isEmpty()) {
        return true;
      }
      Thread.sleep(1);
    }
    return false;
  }

  private void generate(Path spec, Path out, String logs) throws Exception {
    Cwmon.Result r = ChildCwmon.current().run(tmp.resolve(logs), "generate", spec.toString(),
        "-o", out.toString(), "-q");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  private static String describe(Map<String, String> actual, Map<String, String> oldSet,
      Map<String, String> newSet) {
    return actual.equals(oldSet) ? "the old set" : actual.equals(newSet) ? "the new set"
        : "a mix";
  }

  /** Every file below {@code root} with its content. */
  static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readString(p));
      }
    }
    return files;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static java.util.List<Path> siblings(Path dir, String prefix) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
    }
  }
}
