package dev.cwmon.promql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An aggregation such as {@code sum by (job) (x)} or {@code topk(5, x)}; {@code param} holds
 * the first argument of topk, bottomk, quantile and count_values.
 */
public record Aggregate(
    AggregateOp op, Optional<Expr> param, Expr expr, Grouping grouping, Span span)
    implements Expr {
  public Aggregate {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(param, "param");
    Objects.requireNonNull(expr, "expr");
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public ValueType type() {
    return ValueType.VECTOR;
  }

  @Override
  public List<Expr> children() {
    List<Expr> children = new ArrayList<>(2);
    param.ifPresent(children::add);
    children.add(expr);
    return List.copyOf(children);
  }
}
