package dev.cwmon.promql;

import java.util.List;
import java.util.Objects;

/** A string in single, double or back quotes, kept with its escapes decoded. */
public record StringLiteral(String value, Span span) implements Expr {
  public StringLiteral {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public ValueType type() {
    return ValueType.STRING;
  }

  @Override
  public List<Expr> children() {
    return List.of();
  }
}
