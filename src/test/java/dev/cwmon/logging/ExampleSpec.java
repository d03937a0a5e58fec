package dev.cwmon.logging;

import dev.cwmon.diag.Diagnostics;
import dev.cwmon.load.LoadLimits;
import dev.cwmon.model.Spec;
import dev.cwmon.pipeline.Pipeline;
import dev.cwmon.testing.Cwmon;

/** The bound CodeWeaver example spec. */
final class ExampleSpec {
  private ExampleSpec() {}

  static Spec load() {
    Diagnostics diagnostics = new Diagnostics();
    Spec spec = new Pipeline(LoadLimits.DEFAULT, null)
        .check(Cwmon.example("codeweaver"), diagnostics).spec();
    if (spec == null) {
      throw new AssertionError("example does not bind: " + diagnostics.sorted());
    }
    return spec;
  }
}
