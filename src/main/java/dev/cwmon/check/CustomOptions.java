package dev.cwmon.check;

import java.util.regex.Pattern;

/**
 * How Grafana reads a custom variable's comma-separated query back into option values: items
 * split at commas not escaped as {@code \,}, {@code text : value} split at a colon between
 * white space, and every value trimmed of JavaScript's white space. A value that this reading
 * would change cannot be written at all, since Grafana's query has no other escape.
 */
final class CustomOptions {
  /** JavaScript's {@code \s}, which Grafana's regular expressions and trim() use. */
  private static final String SPACE =
      "\\t\\n\\u000b\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
  /** JavaScript's {@code .}: anything but its four line terminators. */
  private static final String ANY = "[^\\n\\r\\u2028\\u2029]";
  /** Grafana's {@code /^\s*(.+)\s:\s(.+)$/} for an option written {@code text : value}. */
  private static final Pattern TEXT_VALUE =
      Pattern.compile("[" + SPACE + "]*" + ANY + "+[" + SPACE + "]:[" + SPACE + "]" + ANY + "+");
  private static final Pattern EDGE_SPACE =
      Pattern.compile("[" + SPACE + "].*|.*[" + SPACE + "]", Pattern.DOTALL);

  private CustomOptions() {}

  /**
   * Why Grafana would not read {@code value} back as itself, or null. {@code last} says
   * whether it is the last value, the only one a trailing backslash cannot join to the next.
   */
  static String problem(String value, boolean last) {
    if (value.isEmpty()) {
      return "is empty, and Grafana drops empty options";
    }
    if (TEXT_VALUE.matcher(value).matches()) {
      return "has a colon between white space, which Grafana reads as text : value";
    }
    if (EDGE_SPACE.matcher(value).matches()) {
      return "starts or ends with white space, which Grafana trims";
    }
    if (!last && value.endsWith("\\")) {
      return "ends with a backslash, which Grafana reads with the next comma as \\,";
    }
    return null;
  }
}
