package dev.cwmon.render;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes one YAML scalar, quoted exactly when it must be: a string stays plain only when every
 * YAML 1.1 and 1.2 reader (SnakeYAML, Go's yaml packages) would read it back as the same
 * string; otherwise it is double-quoted with escapes, or a literal block for multi-line text.
 */
public final class YamlScalars {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_/][A-Za-z0-9_./:@=+ ()-]*");
  private static final Pattern FLOW_PLAIN = Pattern.compile("[A-Za-z0-9_/][A-Za-z0-9_./@=+-]*");
  private static final Pattern NUMBER_LIKE = Pattern.compile(
      "[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?"
          + "|[0-9][0-9_]*|([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?"
          + "|[0-9][0-9_]*([eE][-+]?[0-9]+)|\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))");
  private static final Pattern DATE_LIKE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");
  private static final Set<String> RESERVED = Set.of(
      "y", "yes", "n", "no", "true", "false", "on", "off", "null", "~", "=", "<<");

  private YamlScalars() {}

  /** The scalar as it should appear in a block-context value or key. */
  public static String scalar(Object value) {
    if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
      return value.toString();
    }
    if (value instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return string(value.toString());
  }

  /** A string scalar: plain when unambiguous, else double-quoted. */
  public static String string(String s) {
    return isPlainSafe(s) ? s : doubleQuoted(s);
  }

  /** Whether {@code s} reads back as the same string when written without quotes. */
  public static boolean isPlainSafe(String s) {
    if (!PLAIN.matcher(s).matches() || s.endsWith(":") || s.endsWith(" ")
        || s.contains(": ") || s.contains(" #")) {
      return false;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    return !RESERVED.contains(lower) && !NUMBER_LIKE.matcher(s).matches()
        && !DATE_LIKE.matcher(s).matches();
  }

  /** Whether {@code s} may stand unquoted inside a flow list ({@code [a, b]}). */
  public static boolean isFlowPlainSafe(String s) {
    return FLOW_PLAIN.matcher(s).matches() && isPlainSafe(s);
  }

  /** Whether a multi-line string can be written as a literal block ({@code |}). */
  public static boolean isBlockSafe(String s) {
    if (!s.contains("\n") || s.startsWith(" ") || s.startsWith("\n") || s.endsWith(" ")) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\n' && needsEscape(c)) {
        return false;
      }
    }
    return true;
  }

  /** A double-quoted scalar with YAML escapes for quotes, backslashes and control characters. */
  public static String doubleQuoted(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (needsEscape(c)) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Characters a YAML reader would drop, fold or reject if written as they are. */
  private static boolean needsEscape(char c) {
    return c < 0x20 && c != '\t' || c == 0x7f || (c >= 0x80 && c <= 0x9f)
        || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF'
        || c == '\t';
  }
}
