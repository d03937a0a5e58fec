package dev.cwmon.promql;

import java.util.List;
import java.util.Objects;

/** An expression in parentheses, kept so that spans and printing stay faithful. */
public record Paren(Expr expr, Span span) implements Expr {
  public Paren {
    Objects.requireNonNull(expr, "expr");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public ValueType type() {
    return expr.type();
  }

  @Override
  public List<Expr> children() {
    return List.of(expr);
  }
}
