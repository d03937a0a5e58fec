package dev.cwmon.promql;

import java.util.List;
import java.util.Objects;

/** A sign before an expression that is not a number literal, e.g. {@code -rate(x[5m])}. */
public record Unary(Op op, Expr expr, Span span) implements Expr {
  /** The two unary operators. */
  public enum Op { PLUS, MINUS }

  public Unary {
    Objects.requireNonNull(op, "op");
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
