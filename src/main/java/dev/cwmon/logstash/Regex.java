package dev.cwmon.logstash;

import java.util.Objects;

/**
 * A regular expression literal {@code /.../}, holding the text between the slashes as
 * written: an escaped slash stays {@code \/}, which the regex engine reads as {@code /}.
 */
public record Regex(String source) implements Operand {
  public Regex {
    Objects.requireNonNull(source, "source");
  }

  /** A literal matching {@code pattern}, escaping each slash that is not escaped yet. */
  public static Regex ofPattern(String pattern) {
    StringBuilder out = new StringBuilder(pattern.length() + 4);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '/' && (i == 0 || pattern.charAt(i - 1) != '\\')) {
        out.append('\\');
      }
      out.append(c);
    }
    return new Regex(out.toString());
  }
}
