package dev.cwmon.promql;

import dev.cwmon.model.PromDuration;
import java.util.List;
import java.util.Objects;

/**
 * A range vector selector such as {@code up[5m] offset 1h}; as in Prometheus, a modifier
 * written after the range is kept on the inner {@code selector}.
 */
public record MatrixSelector(VectorSelector selector, PromDuration range, Span span)
    implements Expr {
  public MatrixSelector {
    Objects.requireNonNull(selector, "selector");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public ValueType type() {
    return ValueType.MATRIX;
  }

  @Override
  public List<Expr> children() {
    return List.of(selector);
  }
}
