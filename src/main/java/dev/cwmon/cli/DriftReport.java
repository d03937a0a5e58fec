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
    boolean one = differences.size() == 1;
    err.println("cwmon: " + differences.size() + (one ? " file" : " files") + " in " + output
        + (one ? " differs" : " differ") + " from the spec:");
    differences.forEach(d -> err.println("  " + d.path() + " (" + d.kind().label() + ")"));
    if (differences.stream().anyMatch(d -> d.kind() == Drift.Kind.FOREIGN)) {
      err.println("  hint: files that are no longer cwmon's (header gone or edited) are refused"
          + " by generate: move them away, or pass --force to replace them");
    } else {
      err.println("  hint: run cwmon generate with the same options but without --check, and "
          + "commit the result");
    }
    err.flush();
    return ExitCodes.FINDINGS;
  }
}
