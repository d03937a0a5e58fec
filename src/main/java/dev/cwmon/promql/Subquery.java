package dev.cwmon.promql;

import dev.cwmon.model.PromDuration;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A subquery such as {@code rate(x[5m])[1h:1m]}; {@code step} is empty for {@code [1h:]}, which
 * means the evaluation interval. {@code offset} is zero when absent.
 */
public record Subquery(
    Expr expr,
    PromDuration range,
    Optional<PromDuration> step,
    Duration offset,
    AtModifier at,
    Span span)
    implements Expr {
  public Subquery {
    Objects.requireNonNull(expr, "expr");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(offset, "offset");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public ValueType type() {
    return ValueType.MATRIX;
  }

  @Override
  public List<Expr> children() {
    return List.of(expr);
  }
}
