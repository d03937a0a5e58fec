package dev.cwmon.logstash;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An unquoted word value such as {@code json} or {@code ISO8601}. Logstash's grammar requires
 * at least two characters ({@code [A-Za-z_][A-Za-z0-9_]+}); {@code true} and {@code false}
 * are {@link Bool}.
 */
public record Bareword(String word) implements Value {
  private static final Pattern SYNTAX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]+");

  public Bareword {
    Objects.requireNonNull(word, "word");
    if (!SYNTAX.matcher(word).matches()) {
      throw new IllegalArgumentException("not a logstash bareword: " + word);
    }
    if (word.equals("true") || word.equals("false")) {
      throw new IllegalArgumentException("use Bool for " + word);
    }
  }

  public static Bareword of(String word) {
    return new Bareword(word);
  }

  static boolean isBareword(String text) {
    return SYNTAX.matcher(text).matches();
  }
}
