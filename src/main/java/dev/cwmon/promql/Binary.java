package dev.cwmon.promql;

import java.util.List;
import java.util.Objects;

/** A binary operation such as {@code a / on (job) group_left b} or {@code a > bool 1}. */
public record Binary(
    BinaryOp op, Expr lhs, Expr rhs, boolean returnBool, VectorMatching matching, Span span)
    implements Expr {
  public Binary {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(lhs, "lhs");
    Objects.requireNonNull(rhs, "rhs");
    Objects.requireNonNull(matching, "matching");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public ValueType type() {
    boolean scalars = lhs.type() == ValueType.SCALAR && rhs.type() == ValueType.SCALAR;
    return scalars ? ValueType.SCALAR : ValueType.VECTOR;
  }

  @Override
  public List<Expr> children() {
    return List.of(lhs, rhs);
  }
}
