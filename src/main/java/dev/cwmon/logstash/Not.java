package dev.cwmon.logstash;

import java.util.Objects;

/**
 * A negation. Logstash negates only a field reference ({@code ![a]}) or a parenthesised
 * condition ({@code !(...)}); the printer writes the latter form for anything else.
 */
public record Not(Expr operand) implements Expr {
  public Not {
    Objects.requireNonNull(operand, "operand");
  }
}
