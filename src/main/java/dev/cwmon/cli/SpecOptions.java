package dev.cwmon.cli;

import dev.cwmon.load.LoadLimits;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options every command that reads a spec shares. */
final class SpecOptions {
  @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC", defaultValue = ".",
      description = "Spec file, or folder of *.yaml spec files (default: the current folder).")
  Path spec;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Folder of FreeMarker templates that replace the built-in ones by name.")
  Path templates;

  @Option(names = "--max-aliases", paramLabel = "N", defaultValue = "1000",
      description = "Most YAML aliases per file (default: ${DEFAULT-VALUE}); together they may"
          + " add at most 100 x N nodes.")
  int maxAliases;

  @Option(names = "--max-depth", paramLabel = "N", defaultValue = "64",
      description = "Deepest YAML nesting accepted (default: ${DEFAULT-VALUE}).")
  int maxDepth;

  @Option(names = "--max-size", paramLabel = "CHARS", defaultValue = "8388608",
      description = "Largest spec file in characters (default: ${DEFAULT-VALUE}).")
  int maxSize;

  @Option(names = "--env", paramLabel = "NAME",
      description = "Merge the spec's environment overlay NAME over the base (see "
          + "environments: in the spec).")
  String env;

  LoadLimits limits() {
    return new LoadLimits(maxAliases, maxDepth, maxSize, LoadLimits.DEFAULT.maxFiles());
  }

  /**
   * How generated files name the spec: by its {@code name}, never by a path or folder name,
   * so that the same spec gives the same bytes in every checkout and folder.
   */
  static String sourceName(dev.cwmon.model.Spec spec) {
    return "spec " + spec.name();
  }
}
