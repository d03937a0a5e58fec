package dev.cwmon.logstash;

import java.util.Objects;

/**
 * A membership test {@code needle in haystack} or {@code needle not in haystack}, e.g.
 * {@code "error" in [tags]} or {@code [level] in ["ERROR", "CRITICAL"]}.
 */
public record In(Operand needle, boolean negated, Operand haystack) implements Expr {
  public In {
    Objects.requireNonNull(needle, "needle");
    Objects.requireNonNull(haystack, "haystack");
  }
}
