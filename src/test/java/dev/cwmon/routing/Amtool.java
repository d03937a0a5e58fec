package dev.cwmon.routing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The real {@code amtool config routes test}, the oracle for cwmon's routing. */
final class Amtool {
  static final Path BINARY = Path.of("/usr/bin/amtool");

  private Amtool() {}

  static boolean available() {
    return Files.isExecutable(BINARY);
  }

  /** Receivers amtool resolves for {@code labels}, in its order, duplicates kept. */
  static List<String> routesTest(Path config, Map<String, String> labels) {
    List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "config", "routes", "test",
        "--config.file=" + config));
    labels.forEach((k, v) -> cmd.add(k + "=" + quote(v)));
    String out = run(cmd).strip();
    return out.isEmpty() ? List.of() : Arrays.asList(out.split(","));
  }

  /** Whether {@code amtool check-config} accepts the file. */
  static boolean accepts(Path config) {
    try {
      Process p = new ProcessBuilder(BINARY.toString(), "check-config", config.toString())
          .redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String quote(String v) {
    return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static String run(List<String> cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("amtool timed out: " + cmd);
      }
      if (p.exitValue() != 0) {
        throw new AssertionError("amtool failed (" + p.exitValue() + "): " + cmd + "\n" + out);
      }
      return out;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
