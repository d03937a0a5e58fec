package dev.cwmon.cli;

import dev.cwmon.write.Drift;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Prints the result of {@code generate --check}: the diffs on stdout, a summary on stderr. */
final class DriftReport {
  private DriftReport() {}

  static int print(Path output, List<Drift.Difference> differences, PrintWriter out,
      PrintWriter err, boolean quiet) {
    if (differences.isEmpty()) {
      if (!quiet) {
        out.println("cwmon: " + output + " is up to date with the spec");
        out.flush();
      }
      return ExitCodes.OK;
    }
    differences.forEach(d -> out.print(d.diff()));
    out.flush();
    err.println("cwmon: " + differences.size() + " file" + (differences.size() == 1 ? "" : "s")
        + " in " + output + " differ from the spec:");
    differences.forEach(d -> err.println("  " + d.path() + " (" + d.kind().label() + ")"));
    err.println("  hint: run cwmon generate with the same options but without --check, and "
        + "commit the result");
    err.flush();
    return ExitCodes.FINDINGS;
  }
}
