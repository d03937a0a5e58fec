package dev.cwmon.cli;

import dev.cwmon.diag.Diagnostics;
import dev.cwmon.model.Spec;
import dev.cwmon.pipeline.Pipeline;
import java.io.PrintWriter;

/** Loads and checks a spec for commands that need its alertmanager section. */
final class CheckedSpec {
  private CheckedSpec() {}

  /** The spec, or null after printing why it cannot be used (exit code 2). */
  static Spec withAlertmanager(SpecOptions options, PrintWriter err) {
    Diagnostics diagnostics = new Diagnostics();
    Pipeline pipeline = new Pipeline(options.limits(), options.templates);
    Spec spec = pipeline.check(options.spec, diagnostics).spec();
    if (spec == null) {
      new Reporter(err).print(diagnostics.sorted());
      err.println("cwmon: the spec has errors");
      err.flush();
      return null;
    }
    if (spec.alertmanager() == null) {
      err.println("cwmon: the spec " + options.spec + " has no alertmanager section");
      err.println("  hint: add alertmanager: with a route and receivers");
      err.flush();
      return null;
    }
    return spec;
  }
}
