package dev.cwmon.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real tools (promtool, amtool) that judge cwmon's output. */
public final class Tools {
  private Tools() {}

  /** The result of one tool run. */
  public record Run(int exitCode, String output) {}

  public static boolean available(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  /** Skips the calling test with a clear reason when {@code tool} is not installed. */
  public static void assumeInstalled(String tool, String debianPackage) {
    assumeTrue(available(tool), tool + " is not installed (apt-get install -y " + debianPackage
        + "); .ci/run installs it");
  }

  public static Run run(Path workDir, String... command) {
    try {
      ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
          .redirectErrorStream(true);
      Process p = pb.start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " timed out");
      }
      return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("cannot run " + command[0], e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Asserts that a tool accepts a file: exit 0 and no lint failure in its output. */
  public static void assertAccepted(Run run, String what) {
    assertThat(run.exitCode()).as(what + " said:\n" + run.output()).isZero();
    assertThat(run.output()).as(what).doesNotContain("FAILED");
  }

  /**
   * A copy of prometheus.yml without the jobs that use Kubernetes discovery, which Debian's
   * promtool is built without; cwmon's own checks cover those jobs.
   */
  public static Path withoutKubernetesJobs(Path prometheusYml, Path dir) throws IOException {
    List<String> kept = new ArrayList<>();
    List<String> job = new ArrayList<>();
    boolean inJobs = false;
    for (String line : Files.readAllLines(prometheusYml)) {
      if (line.startsWith("scrape_configs:")) {
        inJobs = true;
        kept.add(line);
        continue;
      }
      if (inJobs && line.startsWith("  - job_name:")) {
        flush(job, kept);
      }
      if (inJobs && !line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#")) {
        flush(job, kept);
        inJobs = false;
      }
      (inJobs ? job : kept).add(line);
    }
    flush(job, kept);
    Path copy = dir.resolve("prometheus-no-k8s.yml");
    Files.write(copy, kept);
    return copy;
  }

  private static void flush(List<String> job, List<String> kept) {
    if (job.stream().noneMatch(l -> l.contains("kubernetes_sd_configs"))) {
      kept.addAll(job);
    }
    job.clear();
  }
}
