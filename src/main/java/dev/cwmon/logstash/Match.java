package dev.cwmon.logstash;

import java.util.Objects;

/**
 * A regex test {@code subject =~ /re/} or, negated, {@code subject !~ /re/}. Logstash also
 * accepts a string as the pattern.
 */
public record Match(Operand subject, boolean negated, Operand pattern) implements Expr {
  public Match {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(pattern, "pattern");
    if (!(pattern instanceof Regex || pattern instanceof Str)) {
      throw new IllegalArgumentException("a match pattern must be a regex or a string");
    }
  }
}
