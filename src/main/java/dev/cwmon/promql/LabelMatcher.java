package dev.cwmon.promql;

import java.util.Objects;

/** One {@code name op "value"} term between the braces of a selector. */
public record LabelMatcher(String name, Op op, String value, Span span) {
  /** The four ways a label can be matched. */
  public enum Op {
    EQUAL("="),
    NOT_EQUAL("!="),
    REGEX("=~"),
    NOT_REGEX("!~");

    private final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    public boolean isRegex() {
      return this == REGEX || this == NOT_REGEX;
    }
  }

  public LabelMatcher {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(span, "span");
  }
}
