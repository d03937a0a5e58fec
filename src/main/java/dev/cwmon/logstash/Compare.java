package dev.cwmon.logstash;

import java.util.Objects;

/** A comparison such as {@code [status] >= 500}. */
public record Compare(Operand left, Op op, Operand right) implements Expr {
  /** The six comparison operators. */
  public enum Op {
    EQ("=="),
    NE("!="),
    LE("<="),
    GE(">="),
    LT("<"),
    GT(">");

    private final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  public Compare {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(right, "right");
  }
}
