package dev.cwmon.promql;

import java.util.List;
import java.util.Objects;

/** A number such as {@code 1}, {@code 0x1f} or {@code Inf}; a leading sign is folded in. */
public record NumberLiteral(double value, Span span) implements Expr {
  public NumberLiteral {
    Objects.requireNonNull(span, "span");
  }

  @Override
  public ValueType type() {
    return ValueType.SCALAR;
  }

  @Override
  public List<Expr> children() {
    return List.of();
  }
}
