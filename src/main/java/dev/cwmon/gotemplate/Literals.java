package dev.cwmon.gotemplate;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Checks and decodes literals the way Go's template parser does: strings through the rules
 * of {@code strconv.Unquote}, numbers through Go's integer and float syntax.
 */
final class Literals {
  private static final String INVALID = "invalid syntax";
  private static final Pattern DECIMAL_FLOAT =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern HEX_FLOAT =
      Pattern.compile("[+-]?0[xX]([0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)[pP][+-]?\\d+");
  private static final BigInteger MIN_INT64 = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX_UINT64 =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  /** A literal Go would reject; the message is the one Go's parser reports. */
  static final class BadLiteral extends Exception {
    private static final long serialVersionUID = 1L;

    BadLiteral(String message) {
      super(message, null, false, false);
    }
  }

  private Literals() {}

  /** Decodes a double-quoted or back-quoted string token. */
  static String unquote(String quoted) throws BadLiteral {
    if (quoted.length() < 2) {
      throw new BadLiteral(INVALID);
    }
    String body = quoted.substring(1, quoted.length() - 1);
    if (quoted.charAt(0) == '`') {
      return body.replace("\r", "");
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      i = decodeOne(body, i, '"', out);
    }
    return out.toString();
  }

  /** Checks a character constant such as {@code 'a'} or {@code '\n'}. */
  static void checkChar(String text) throws BadLiteral {
    String body = text.substring(1);
    if (body.isEmpty() || body.charAt(0) == '\'') {
      throw new BadLiteral(INVALID);
    }
    int next = decodeOne(body, 0, '\'', new StringBuilder());
    if (!body.substring(next).equals("'")) {
      throw new BadLiteral("malformed character constant: " + text);
    }
  }

  /** Checks a number token; imaginary and complex forms are accepted when their parts are. */
  static void checkNumber(String text, boolean complex) throws BadLiteral {
    String illegal = "illegal number syntax: " + GoQuote.quote(text);
    if (complex) {
      int split = Math.max(text.lastIndexOf('+'), text.lastIndexOf('-'));
      if (split <= 0 || !isFloat(text.substring(0, split))) {
        throw new BadLiteral(illegal);
      }
      return;
    }
    if (text.endsWith("i") && isFloat(text.substring(0, text.length() - 1))) {
      return;
    }
    if (isInteger(text)) {
      return;
    }
    if (isFloat(text)) {
      if (!text.matches(".*[.eEpP].*")) {
        throw new BadLiteral("integer overflow: " + GoQuote.quote(text));
      }
      return;
    }
    throw new BadLiteral(illegal);
  }

  /** Decodes the character or escape at {@code i}; returns the index after it. */
  private static int decodeOne(String s, int i, char quote, StringBuilder out) throws BadLiteral {
    char c = s.charAt(i);
    if (c != '\\') {
      int cp = s.codePointAt(i);
      out.appendCodePoint(cp);
      return i + Character.charCount(cp);
    }
    if (i + 1 >= s.length()) {
      throw new BadLiteral(INVALID);
    }
    char e = s.charAt(i + 1);
    switch (e) {
      case 'a' -> out.append('\u0007');
      case 'b' -> out.append('\b');
      case 'f' -> out.append('\f');
      case 'n' -> out.append('\n');
      case 'r' -> out.append('\r');
      case 't' -> out.append('\t');
      case 'v' -> out.append('\u000b');
      case '\\' -> out.append('\\');
      case '\'', '"' -> {
        if (e != quote) {
          throw new BadLiteral(INVALID);
        }
        out.append(e);
      }
      case 'x' -> {
        return decodeHex(s, i + 2, 2, out);
      }
      case 'u' -> {
        return decodeHex(s, i + 2, 4, out);
      }
      case 'U' -> {
        return decodeHex(s, i + 2, 8, out);
      }
      default -> {
        return decodeOctal(s, i + 1, out);
      }
    }
    return i + 2;
  }

  private static int decodeHex(String s, int from, int digits, StringBuilder out)
      throws BadLiteral {
    if (from + digits > s.length()) {
      throw new BadLiteral(INVALID);
    }
    String hex = s.substring(from, from + digits);
    if (!hex.matches("[0-9a-fA-F]+")) {
      throw new BadLiteral(INVALID);
    }
    long value = Long.parseLong(hex, 16);
    boolean surrogate = value >= 0xD800 && value <= 0xDFFF;
    if (digits > 2 && (value > Character.MAX_CODE_POINT || surrogate)) {
      throw new BadLiteral(INVALID);
    }
    out.appendCodePoint((int) value);
    return from + digits;
  }

  private static int decodeOctal(String s, int from, StringBuilder out) throws BadLiteral {
    if (from + 3 > s.length() || !s.substring(from, from + 3).matches("[0-7]{3}")) {
      throw new BadLiteral(INVALID);
    }
    int value = Integer.parseInt(s.substring(from, from + 3), 8);
    if (value > 255) {
      throw new BadLiteral(INVALID);
    }
    out.append((char) value);
    return from + 3;
  }

  private static boolean isInteger(String text) {
    if (!underscoresSeparateDigits(text)) {
      return false;
    }
    String s = text.replace("_", "");
    boolean signed = s.startsWith("+") || s.startsWith("-");
    String unsigned = signed ? s.substring(1) : s;
    int radix = radix(unsigned);
    String digits = radix == 10 ? unsigned : unsigned.substring(radix == 8 ? 1 : 2);
    if (radix == 8 && digits.matches("[oO].*")) {
      digits = digits.substring(1);
    }
    if (digits.isEmpty() || !digits.chars().allMatch(c -> Character.digit(c, radix) >= 0)) {
      return false;
    }
    BigInteger value = new BigInteger(digits, radix);
    if (s.startsWith("-")) {
      value = value.negate();
    }
    BigInteger max = signed ? BigInteger.valueOf(Long.MAX_VALUE) : MAX_UINT64;
    return value.compareTo(MIN_INT64) >= 0 && value.compareTo(max) <= 0;
  }

  /** The base Go's {@code ParseInt(s, 0, 64)} reads: a prefix, or a leading 0 for octal. */
  private static int radix(String digits) {
    if (digits.length() < 2 || digits.charAt(0) != '0') {
      return 10;
    }
    return switch (digits.charAt(1)) {
      case 'x', 'X' -> 16;
      case 'b', 'B' -> 2;
      default -> 8;
    };
  }

  private static boolean isFloat(String text) {
    if (!underscoresSeparateDigits(text)) {
      return false;
    }
    String s = text.replace("_", "");
    if (!DECIMAL_FLOAT.matcher(s).matches() && !HEX_FLOAT.matcher(s).matches()) {
      return false;
    }
    return Double.isFinite(Double.parseDouble(s));
  }

  /** Go allows {@code _} only between digits, or right after a base prefix. */
  private static boolean underscoresSeparateDigits(String text) {
    String s = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
    boolean hex = false;
    char previous = '^';
    int i = 0;
    if (s.length() >= 2 && s.charAt(0) == '0' && "bBoOxX".indexOf(s.charAt(1)) >= 0) {
      hex = s.charAt(1) == 'x' || s.charAt(1) == 'X';
      previous = '0';
      i = 2;
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean digit = c >= '0' && c <= '9' || hex && Character.digit(c, 16) >= 0;
      if (c == '_' && previous != '0' || c != '_' && !digit && previous == '_') {
        return false;
      }
      previous = digit ? '0' : c == '_' ? '_' : '!';
    }
    return previous != '_';
  }
}
