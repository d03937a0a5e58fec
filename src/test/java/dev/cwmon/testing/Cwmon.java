package dev.cwmon.testing;

import dev.cwmon.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the cwmon command line in-process, capturing what it prints. */
public final class Cwmon {
  private Cwmon() {}

  /** One run: exit code, standard output and standard error. */
  public record Result(int exitCode, String out, String err) {}

  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  /** The repository root (tests run from it under Maven). */
  public static Path repo() {
    return Path.of("").toAbsolutePath();
  }

  public static Path example(String name) {
    return repo().resolve("examples").resolve(name);
  }

  /** The shared folder beside the repository, holding the corpus and the oracles. */
  public static Path shared() {
    return repo().getParent().resolve("shared");
  }
}
