package dev.cwmon.logstash;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds what makes a condition's regex invalid in Ruby's engine (Onigmo, which Logstash runs)
 * and in Java's alike: an unclosed or unmatched parenthesis, an unclosed bracket, a
 * quantifier with nothing to repeat, a backslash at the end. Anything the two engines read
 * differently is left alone: {@code (?#...)} comments, {@code \h}, {@code \A}, {@code \z},
 * possessive and atomic forms, named groups. A pattern with {@code \Q} or extended mode
 * ({@code (?x)}) is not judged at all.
 */
public final class RegexSyntax {
  private static final Pattern UNJUDGED = Pattern.compile("\\\\Q|\\(\\?[a-wyz-]*x");

  /** What is wrong and at which character of the pattern (0-based). */
  public record Problem(int offset, String reason) {}

  private RegexSyntax() {}

  /** The first certain problem of {@code source}, the text between the slashes. */
  public static Optional<Problem> problem(String source) {
    if (UNJUDGED.matcher(source).find()) {
      return Optional.empty();
    }
    Deque<Integer> groups = new ArrayDeque<>();
    boolean canRepeat = false;
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\\') {
        if (i + 1 >= source.length()) {
          return Optional.of(new Problem(i, "backslash at the end escapes nothing"));
        }
        i += 2;
        canRepeat = true;
      } else if (c == '[') {
        int end = classEnd(source, i);
        if (end < 0) {
          return Optional.of(new Problem(i, "unclosed character class ["));
        }
        i = end + 1;
        canRepeat = true;
      } else if (c == '(' && source.startsWith("(?#", i)) {
        int end = source.indexOf(')', i);
        if (end < 0) {
          return Optional.of(new Problem(i, "unclosed comment (?#"));
        }
        i = end + 1;
      } else if (c == '(') {
        groups.push(i);
        i += source.startsWith("(?", i) ? 2 : 1;
        canRepeat = false;
      } else if (c == ')') {
        if (groups.isEmpty()) {
          return Optional.of(new Problem(i, "unmatched )"));
        }
        groups.pop();
        i++;
        canRepeat = true;
      } else if (c == '|') {
        i++;
        canRepeat = false;
      } else if ((c == '*' || c == '+' || c == '?') && !canRepeat && !verb(source, i)) {
        return Optional.of(new Problem(i, "quantifier " + c + " has nothing to repeat"));
      } else {
        i++;
        canRepeat = true;
      }
    }
    return groups.isEmpty() ? Optional.empty()
        : Optional.of(new Problem(groups.getLast(), "unclosed group ("));
  }

  /** {@code (*} may open a backtracking verb such as {@code (*FAIL)}: not judged. */
  private static boolean verb(String source, int at) {
    return source.charAt(at) == '*' && at > 0 && source.charAt(at - 1) == '(';
  }

  /**
   * Where the class opened at {@code open} closes, or -1. A {@code ]} right after {@code [}
   * or {@code [^} is literal; nested classes such as {@code [a[b]]} and {@code [[:alpha:]]}
   * are followed in both engines.
   */
  private static int classEnd(String source, int open) {
    int depth = 0;
    int i = open;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '[') {
        depth++;
        i++;
        if (i < source.length() && source.charAt(i) == '^') {
          i++;
        }
        if (i < source.length() && source.charAt(i) == ']') {
          i++;
        }
        continue;
      }
      if (c == ']' && --depth == 0) {
        return i;
      }
      i++;
    }
    return -1;
  }
}
