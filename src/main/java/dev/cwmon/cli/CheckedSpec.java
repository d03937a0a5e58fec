package dev.cwmon.cli;

import dev.cwmon.diag.Diagnostics;
import dev.cwmon.model.Spec;
import dev.cwmon.pipeline.Pipeline;
import java.io.PrintWriter;

/** Loads and checks a spec for commands that need its alertmanager section. */
final class CheckedSpec {
  private CheckedSpec() {}

  /**
   * The resolved spec with its source map (which names routes by their spec paths), or null
   * after printing why it cannot be used (exit code 2).
   */
  static Pipeline.Checked withAlertmanager(SpecOptions options, PrintWriter err) {
    Diagnostics diagnostics = new Diagnostics();
    Pipeline pipeline = new Pipeline(options.limits(), options.templates);
    Pipeline.Checked checked = pipeline.check(options.spec, options.env, diagnostics);
    Spec spec = checked.spec();
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
    return checked;
  }
}
