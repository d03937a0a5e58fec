package dev.cwmon.resolve;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the real promtool and amtool; tests that need them are skipped when missing. */
final class Tools {
  private Tools() {}

  record Run(int exit, String output) {}

  static Run run(Path dir, String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out);
  }

  static void assumeInstalled(String tool) {
    boolean found = false;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      found |= Files.isExecutable(Path.of(dir.isEmpty() ? "." : dir, tool));
    }
    assumeThat(found).as(tool + " is not installed (apt-get install prometheus "
        + "prometheus-alertmanager); skipping the real-tool check").isTrue();
  }
}
