package dev.cwmon.promql;

import dev.cwmon.model.PromDuration;
import java.math.BigInteger;

/** Decodes number, string and duration tokens the way Go and Prometheus 2.42 do. */
final class Literals {
  /** Prometheus keeps durations as int64 nanoseconds, about 292 years. */
  private static final long MAX_DURATION_MILLIS = Long.MAX_VALUE / 1_000_000;

  private Literals() {}

  /**
   * Go's {@code ParseInt(text, 0, 64)} and then {@code ParseFloat(text, 64)}: {@code 017} is
   * octal 15, {@code 08} falls back to the float 8, a hex integer beyond int64 is refused.
   */
  static double number(String src, Token token) {
    String text = token.text();
    if (text.equalsIgnoreCase("inf")) {
      return Double.POSITIVE_INFINITY;
    }
    if (text.equalsIgnoreCase("nan")) {
      return Double.NaN;
    }
    BigInteger integer = goInteger(text);
    if (integer != null && integer.bitLength() < 64) {
      return integer.doubleValue();
    }
    if (!isDecimalFloat(text)) {
      throw PromqlException.at(src, token.start(), "bad number " + quote(text));
    }
    double value = Double.parseDouble(text);
    if (Double.isInfinite(value)) {
      throw PromqlException.at(src, token.start(), "number " + quote(text) + " out of range");
    }
    return value;
  }

  private static BigInteger goInteger(String text) {
    int radix = 10;
    String digits = text;
    if (text.length() > 2 && (text.startsWith("0x") || text.startsWith("0X"))) {
      radix = 16;
      digits = text.substring(2);
    } else if (text.length() > 1 && text.charAt(0) == '0') {
      radix = 8;
      digits = text.substring(1);
    }
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), radix) < 0) {
        return null;
      }
    }
    return digits.isEmpty() ? null : new BigInteger(digits, radix);
  }

  private static boolean isDecimalFloat(String text) {
    int i = 0;
    int mantissaDigits = 0;
    while (i < text.length() && Lexer.isDigit(text.charAt(i))) {
      i++;
      mantissaDigits++;
    }
    if (i < text.length() && text.charAt(i) == '.') {
      i++;
      while (i < text.length() && Lexer.isDigit(text.charAt(i))) {
        i++;
        mantissaDigits++;
      }
    }
    if (mantissaDigits == 0) {
      return false;
    }
    if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponentStart = i;
      while (i < text.length() && Lexer.isDigit(text.charAt(i))) {
        i++;
      }
      if (i == exponentStart) {
        return false;
      }
    }
    return i == text.length();
  }

  /** A duration literal; Prometheus refuses zero and anything past 292 years. */
  static PromDuration duration(String src, Token token) {
    PromDuration duration = PromDuration.parseOrNull(token.text());
    if (duration == null) {
      throw PromqlException.at(src, token.start(), "bad duration " + quote(token.text()));
    }
    if (duration.millis() == 0) {
      throw PromqlException.at(src, token.start(), "duration must be greater than 0");
    }
    if (duration.millis() > MAX_DURATION_MILLIS) {
      throw PromqlException.at(src, token.start(), "duration " + quote(token.text())
          + " out of range");
    }
    return duration;
  }

  /**
   * The value of a quoted string token under Go's escape rules. Octal and {@code \x} escapes
   * give bytes in Go; here each byte becomes the char of the same code.
   */
  static String unquote(String src, Token token) {
    String text = token.text();
    char quote = text.charAt(0);
    String body = text.substring(1, text.length() - 1);
    if (quote == '`' || body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i++);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      int escapeStart = token.start() + i;
      char e = i < body.length() ? body.charAt(i++) : '\0';
      int simple = simpleEscape(e, quote);
      if (simple >= 0) {
        out.append((char) simple);
        continue;
      }
      int width = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
      int radix = 16;
      if (e >= '0' && e <= '7') {
        width = 3;
        radix = 8;
        i--;
      }
      if (width == 0) {
        throw PromqlException.at(src, escapeStart, "unknown escape sequence \\" + e);
      }
      int code = hexOrOctal(body, i, width, radix);
      int max = e == 'u' || e == 'U' ? Character.MAX_CODE_POINT : 255;
      if (code < 0 || code > max || (code >= 0xD800 && code < 0xE000)) {
        throw PromqlException.at(src, escapeStart, "invalid escape sequence in string");
      }
      out.appendCodePoint(code);
      i += width;
    }
    return out.toString();
  }

  private static int simpleEscape(char e, char quote) {
    return switch (e) {
      case 'a' -> 7;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'v' -> 11;
      case '\\' -> '\\';
      case '\'', '"' -> e == quote ? e : -1;
      default -> -1;
    };
  }

  private static int hexOrOctal(String body, int from, int width, int radix) {
    if (from + width > body.length()) {
      return -1;
    }
    long code = 0;
    for (int k = from; k < from + width; k++) {
      int d = Character.digit(body.charAt(k), radix);
      if (d < 0 || body.charAt(k) > 0x7f) {
        return -1;
      }
      code = code * radix + d;
    }
    return code > Integer.MAX_VALUE ? -1 : (int) code;
  }

  static String quote(String text) {
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  /** One character as an error names it: quoted, or by its code point when a control. */
  static String quoteChar(int codePoint) {
    return codePoint < ' ' || codePoint == 0x7f ? String.format("U+%04X", codePoint)
        : quote(new String(Character.toChars(codePoint)));
  }
}
