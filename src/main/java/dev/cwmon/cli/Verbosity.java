package dev.cwmon.cli;

import picocli.CommandLine.Option;

/** --verbose and --quiet, shared by every command. */
final class Verbosity {
  @Option(names = {"-v", "--verbose"},
      description = "On an internal error, print the stack trace.")
  boolean verbose;

  @Option(names = {"-q", "--quiet"}, description = "Print only diagnostics.")
  boolean quiet;
}
