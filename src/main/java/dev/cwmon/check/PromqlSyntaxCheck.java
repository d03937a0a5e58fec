package dev.cwmon.check;

import dev.cwmon.model.Spec;
import dev.cwmon.promql.PromqlException;

/**
 * Parses every PromQL expression of the spec as Prometheus 2.42 does, reporting syntax and
 * value-type errors at their exact place in the spec file.
 */
public final class PromqlSyntaxCheck implements Check {
  @Override
  public void run(Spec spec, CheckContext ctx) {
    for (QueryIndex.Parsed parsed : QueryIndex.of(spec, ctx).all()) {
      if (parsed.ok()) {
        continue;
      }
      Queries.Query q = parsed.query();
      PromqlException e = parsed.error();
      String hint = e.expected().isEmpty() ? "see the PromQL documentation of this construct"
          : "expected " + e.expected() + " here";
      ctx.diagnostics().error("CW201", q.path(),
          ctx.sourceMap().inValue(q.path(), e.line(), e.column()),
          "PromQL: " + e.problem(), hint);
    }
  }
}
