package dev.cwmon.render.grafana;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the grafana-typecheck oracle (TypeScript against @grafana/schema) on dashboard files.
 * The oracle is found in {@code $CWMON_ORACLES}, else in the shared folder; tests skip
 * when it, node or npm is missing.
 */
final class GrafanaTypecheck {
  record Result(int exitCode, String output) {}

  private GrafanaTypecheck() {}

  static Path oracle() {
    String dir = System.getenv("CWMON_ORACLES");
    Path script = dir != null ? Path.of(dir, "grafana-typecheck")
        : dev.cwmon.testing.Shared.find("oracles/grafana-typecheck")
            .orElse(Path.of("/work/shared/oracles/grafana-typecheck"));
    assumeTrue(Files.isExecutable(script), "grafana-typecheck not found at " + script
        + "; set CWMON_ORACLES to the folder holding it");
    assumeTrue(onPath("node") && onPath("npm"),
        "node and npm are needed to type-check dashboards against @grafana/schema");
    return script;
  }

  static Result run(List<Path> files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(oracle().toString());
    files.forEach(f -> command.add(f.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("grafana-typecheck did not finish");
    }
    assumeTrue(process.exitValue() != 2, "grafana-typecheck could not set up: " + output);
    return new Result(process.exitValue(), output);
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
