package dev.cwmon.check;

import dev.cwmon.model.Spec;
import dev.cwmon.promql.PromqlException;
import dev.cwmon.promql.ValueType;

/**
 * Parses every PromQL expression of the spec as Prometheus 2.42 does, reporting syntax and
 * value-type errors at their exact place in the spec file.
 */
public final class PromqlSyntaxCheck implements Check {
  @Override
  public void run(Spec spec, CheckContext ctx) {
    for (QueryIndex.Parsed parsed : QueryIndex.of(spec, ctx).all()) {
      if (parsed.ok()) {
        ruleResult(parsed, ctx);
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

  /**
   * A rule's expression must give an instant vector or a scalar: promtool accepts a string or
   * a range vector, but Prometheus fails every evaluation of such a rule.
   */
  private static void ruleResult(QueryIndex.Parsed parsed, CheckContext ctx) {
    Queries.Query q = parsed.query();
    ValueType type = parsed.expr().type();
    if (q.rule() == null || type == ValueType.VECTOR || type == ValueType.SCALAR) {
      return;
    }
    ctx.error("CW201", q.path(), "PromQL: a rule's expression must give an instant vector or"
        + " a scalar, not a " + type.documentedName() + "; Prometheus fails every evaluation of it",
        type == ValueType.MATRIX ? "apply a function over the range, e.g. rate(x[5m]), or"
            + " remove the [range]" : "a string cannot be a rule's result; use vector(...)"
            + " or a metric");
  }
}
