package dev.cwmon.cli;

import dev.cwmon.diag.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics in the compiler style, each followed by its hint. */
final class Reporter {
  private final PrintWriter out;

  Reporter(PrintWriter out) {
    this.out = out;
  }

  void print(List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      out.println(d.format());
      if (!d.hint().isEmpty()) {
        out.println("  hint: " + d.hint());
      }
    }
    out.flush();
  }

  void summary(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.stream().filter(Diagnostic::isWarning).count();
    long silenced = diagnostics.stream().filter(Diagnostic::isSilenced).count();
    out.println(errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
        + (warnings == 1 ? "" : "s") + (silenced == 0 ? "" : ", " + silenced + " silenced"));
    out.flush();
  }
}
