package dev.cwmon.logstash;

/**
 * How a string value is written between quotes, following Logstash's grammar with
 * {@code config.support_escapes} off, its default.
 *
 * <p>The grammar's double-quoted string is {@code '"' ('\"' / !'"' .)* '"'}: a backslash
 * followed by a double quote is two characters of the body, and nothing is decoded, so
 * {@code "a\"b"} reads as {@code a\"b}, backslash included. Single quotes work the same way
 * with {@code \'}. Hence a value fits between quotes {@code q} exactly when every {@code q}
 * in it follows a backslash and it does not end with a backslash (which would swallow the
 * closing quote). Regex literals follow the same rule with {@code /}.
 */
final class Quoting {
  private Quoting() {}

  /** {@code value} in double quotes if it fits, else in single quotes. */
  static String quote(String value) {
    if (fits(value, '"')) {
      return '"' + value + '"';
    }
    if (fits(value, '\'')) {
      return '\'' + value + '\'';
    }
    if (value.endsWith("\\")) {
      throw new UnrepresentableValueException(
          "string " + preview(value) + " ends with a backslash, which logstash reads as"
              + " escaping the closing quote");
    }
    throw new UnrepresentableValueException(
        "string " + preview(value) + " contains both an unescaped double quote and an"
            + " unescaped single quote; logstash has no way to write it");
  }

  static String regex(Regex regex) {
    String source = regex.source();
    if (!fits(source, '/')) {
      throw new UnrepresentableValueException(
          "regex " + preview(source) + " has an unescaped slash or ends with a backslash;"
              + " build it with Regex.ofPattern");
    }
    return '/' + source + '/';
  }

  /** Whether {@code body} reads back unchanged between two {@code delimiter}s. */
  static boolean fits(String body, char delimiter) {
    if (body.endsWith("\\")) {
      return false;
    }
    for (int i = 0; i < body.length(); i++) {
      if (body.charAt(i) == delimiter && (i == 0 || body.charAt(i - 1) != '\\')) {
        return false;
      }
    }
    return true;
  }

  private static String preview(String value) {
    String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
    return "<" + shown.replace("\n", "\\n").replace("\r", "\\r") + ">";
  }
}
