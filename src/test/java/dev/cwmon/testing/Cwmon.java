package dev.cwmon.testing;

import dev.cwmon.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs cwmon in-process, as a user would from a shell, and keeps what it printed. */
public final class Cwmon {
  private Cwmon() {}

  /** The exit code and the two streams of one run. */
  public record Result(int exitCode, String out, String err) {}

  /**
   * The first seven lines of a spec named t whose catalog has one counter,
   * http_requests_total, with a status label that is success or error.
   */
  public static final String HTTP_CATALOG = String.join("\n",
      "name: t",
      "catalog:",
      "  metrics:",
      "    - name: http_requests_total",
      "      type: counter",
      "      labels: [status]",
      "      label_values: {status: [success, error]}");

  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  /** The repository's root: where examples/ and docs/ are. */
  public static Path repo() {
    String fromEnv = System.getenv("CWMON_REPO");
    return Path.of(fromEnv != null ? fromEnv : ".").toAbsolutePath().normalize();
  }

  public static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path example(String name) {
    return repo().resolve("examples").resolve(name);
  }

  /** The shared folder beside the repository, holding the corpus and the oracles. */
  public static Path shared() {
    return Shared.find("").orElse(repo().getParent().resolve("shared"));
  }

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
