package dev.cwmon.logstash;

import java.util.Objects;
import java.util.regex.Pattern;

/** A number, kept as its literal text ({@code 5044}, {@code -1.5}, {@code 1.}). */
public record Num(String literal) implements Value, Operand {
  private static final Pattern SYNTAX = Pattern.compile("-?[0-9]+(\\.[0-9]*)?");

  public Num {
    Objects.requireNonNull(literal, "literal");
    if (!SYNTAX.matcher(literal).matches()) {
      throw new IllegalArgumentException("not a logstash number: " + literal);
    }
  }

  public static Num of(long value) {
    return new Num(Long.toString(value));
  }

  public static Num of(String literal) {
    return new Num(literal);
  }
}
