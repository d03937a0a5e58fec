package dev.cwmon.logstash;

import java.util.Objects;

/**
 * A quoted string, holding its text exactly as Logstash reads it with
 * {@code config.support_escapes} off (the default): the characters between the quotes, with
 * no backslash sequence decoded. {@code "a\"b"} is the four characters {@code a\"b}.
 *
 * <p>The quote style records how the source spelled the value; it is not part of equality,
 * because the printer chooses quotes canonically (see {@link Quoting}).
 */
public record Str(String value, Quote quote) implements Value, Operand {
  /** The quote character a string was written with. */
  public enum Quote {
    DOUBLE('"'),
    SINGLE('\'');

    private final char mark;

    Quote(char mark) {
      this.mark = mark;
    }

    public char mark() {
      return mark;
    }
  }

  public Str {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(quote, "quote");
  }

  public static Str of(String value) {
    return new Str(value, Quote.DOUBLE);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Str str && value.equals(str.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
