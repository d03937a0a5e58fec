package dev.cwmon.promql;

import java.util.Locale;

/** The aggregation operators of Prometheus 2.42. */
public enum AggregateOp {
  SUM, AVG, COUNT, MIN, MAX, GROUP, STDDEV, STDVAR, TOPK, BOTTOMK, COUNT_VALUES, QUANTILE;

  /** The parameter type for {@code topk(5, x)} and the like, or null for plain aggregations. */
  public ValueType paramType() {
    return switch (this) {
      case TOPK, BOTTOMK, QUANTILE -> ValueType.SCALAR;
      case COUNT_VALUES -> ValueType.STRING;
      default -> null;
    };
  }

  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  static AggregateOp of(TokenType type) {
    return valueOf(type.name());
  }
}
