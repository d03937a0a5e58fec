package dev.cwmon.ruletest;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real promtool, run as a process: the judge of rule files and rule tests. */
public final class Promtool {
  private final Path executable;

  private Promtool(Path executable) {
    this.executable = executable;
  }

  /** {@code given} when set, else promtool on the PATH; null when there is none. */
  public static Promtool find(Path given) {
    if (given != null) {
      return Files.isExecutable(given) ? new Promtool(given) : null;
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "promtool");
      if (Files.isExecutable(candidate)) {
        return new Promtool(candidate);
      }
    }
    return null;
  }

  /** What one run printed (stdout then stderr) and whether it succeeded. */
  public record Result(boolean ok, String output) {}

  /** Runs {@code promtool test rules FILES...} in {@code dir}. */
  public Result testRules(Path dir, List<String> files) throws IOException {
    List<String> command = new ArrayList<>(List.of(executable.toString(), "test", "rules"));
    command.addAll(files);
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      return new Result(process.waitFor() == 0, output);
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running promtool", e);
    }
  }
}
