package dev.cwmon.promql;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * An instant vector selector such as {@code up{job="x"} offset 5m @ start()}. {@code name} is
 * empty when only braces were written; {@code matchers} are the ones in braces, the name not
 * repeated. {@code offset} is zero when absent and negative for {@code offset -5m}.
 */
public record VectorSelector(
    String name, List<LabelMatcher> matchers, Duration offset, AtModifier at, Span span)
    implements Expr {
  public VectorSelector {
    Objects.requireNonNull(name, "name");
    matchers = List.copyOf(matchers);
    Objects.requireNonNull(offset, "offset");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public ValueType type() {
    return ValueType.VECTOR;
  }

  @Override
  public List<Expr> children() {
    return List.of();
  }
}
