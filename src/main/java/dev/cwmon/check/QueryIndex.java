package dev.cwmon.check;

import dev.cwmon.model.Spec;
import dev.cwmon.promql.Expr;
import dev.cwmon.promql.PromQL;
import dev.cwmon.promql.PromqlException;
import dev.cwmon.promql.SourcePosition;
import dev.cwmon.promql.Span;
import dev.cwmon.diag.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Every query of a spec parsed once per run and shared by all checks through
 * {@link CheckContext#shared}; a blank query is left out.
 */
public final class QueryIndex {
  /** A query with its tree, or the error that kept it from parsing ({@code expr} null). */
  public record Parsed(Queries.Query query, Expr expr, PromqlException error) {
    public boolean ok() {
      return expr != null;
    }
  }

  private final List<Parsed> all;
  private final List<Parsed> valid;

  private QueryIndex(List<Parsed> all) {
    this.all = List.copyOf(all);
    this.valid = all.stream().filter(p -> p.ok() && !p.query().templated()).toList();
  }

  public static QueryIndex of(Spec spec, CheckContext ctx) {
    return ctx.shared(QueryIndex.class, () -> build(spec));
  }

  static QueryIndex build(Spec spec) {
    List<Parsed> out = new ArrayList<>();
    for (Queries.Query q : Queries.of(spec)) {
      if (q.expr().isBlank()) {
        continue;
      }
      try {
        out.add(new Parsed(q, PromQL.parse(q.expr()), null));
      } catch (PromqlException e) {
        out.add(new Parsed(q, null, e));
      }
    }
    return new QueryIndex(out);
  }

  public List<Parsed> all() {
    return all;
  }

  /**
   * The queries that parsed, in spec order, for checks against the catalog: without
   * dashboard queries whose matchers hold Grafana variables.
   */
  public List<Parsed> valid() {
    return valid;
  }

  /** The file position of {@code offset} inside the query's text. */
  public static Position at(Queries.Query q, int offset, CheckContext ctx) {
    SourcePosition p = SourcePosition.of(q.expr(), offset);
    return ctx.sourceMap().inValue(q.path(), p.line(), p.column());
  }

  public static Position at(Queries.Query q, Span span, CheckContext ctx) {
    return at(q, span.start(), ctx);
  }
}
