package dev.cwmon.promql;

import java.util.Objects;

/**
 * The {@code @} modifier of a selector or subquery: absent, a Unix time in seconds, or one of
 * {@code start()} and {@code end()}. {@code timestamp} is 0 unless the kind is TIMESTAMP.
 */
public record AtModifier(Kind kind, double timestamp) {
  public static final AtModifier NONE = new AtModifier(Kind.NONE, 0);

  /** Which form of {@code @} was written. */
  public enum Kind { NONE, TIMESTAMP, START, END }

  public AtModifier {
    Objects.requireNonNull(kind, "kind");
  }

  public boolean isPresent() {
    return kind != Kind.NONE;
  }
}
