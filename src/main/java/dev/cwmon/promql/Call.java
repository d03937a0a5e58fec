package dev.cwmon.promql;

import java.util.List;
import java.util.Objects;

/** A call of one of Prometheus's built-in functions, e.g. {@code rate(x[5m])}. */
public record Call(Function function, List<Expr> args, Span span) implements Expr {
  public Call {
    Objects.requireNonNull(function, "function");
    args = List.copyOf(args);
    Objects.requireNonNull(span, "span");
  }

  @Override
  public ValueType type() {
    return function.returnType();
  }

  @Override
  public List<Expr> children() {
    return args;
  }
}
