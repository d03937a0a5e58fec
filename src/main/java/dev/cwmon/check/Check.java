package dev.cwmon.check;

import dev.cwmon.model.Spec;

/** One validator over the bound spec. It reports through the context and never throws. */
@FunctionalInterface
public interface Check {
  void run(Spec spec, CheckContext context);
}
