package dev.cwmon.promql;

import static dev.cwmon.promql.TokenType.*;

/**
 * Splits PromQL source into tokens on demand, with the same modes as Prometheus 2.42's lexer:
 * inside braces only label matchers are lexed, inside brackets only durations and a colon.
 */
final class Lexer {
  private final String src;
  private int pos;
  private boolean braceOpen;
  private boolean bracketOpen;
  private boolean gotColon;

  Lexer(String src) {
    this.src = src;
  }

  Token next() {
    skipSpaceAndComments();
    if (pos >= src.length()) {
      if (braceOpen) {
        throw error(pos, "unexpected end of input inside braces");
      }
      return new Token(EOF, "", pos, pos);
    }
    return braceOpen ? insideBraces() : statement();
  }

  private void skipSpaceAndComments() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (isSpace(c)) {
        pos++;
      } else if (c == '#') {
        while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  private Token statement() {
    int start = pos;
    char c = src.charAt(pos++);
    return switch (c) {
      case ',' -> token(COMMA, start);
      case '*' -> token(MUL, start);
      case '/' -> token(DIV, start);
      case '%' -> token(MOD, start);
      case '+' -> token(ADD, start);
      case '-' -> token(SUB, start);
      case '^' -> token(POW, start);
      case '@' -> token(AT, start);
      case '(' -> token(LEFT_PAREN, start);
      case ')' -> token(RIGHT_PAREN, start);
      case '<' -> token(accept('=') ? LTE : LSS, start);
      case '>' -> token(accept('=') ? GTE : GTR, start);
      case '"', '\'' -> quoted(start, c);
      case '`' -> raw(start);
      case '=' -> equals(start);
      case '!' -> {
        if (!accept('=')) {
          throw error(start, "unexpected character after \"!\"");
        }
        yield token(NEQ, start);
      }
      case '{' -> {
        braceOpen = true;
        yield token(LEFT_BRACE, start);
      }
      case '[' -> openBracket(start);
      case ']' -> {
        if (!bracketOpen) {
          throw error(start, "unexpected \"]\"");
        }
        bracketOpen = false;
        yield token(RIGHT_BRACKET, start);
      }
      default -> other(start, c);
    };
  }

  private Token equals(int start) {
    if (accept('=')) {
      return token(EQLC, start);
    }
    if (peek() == '~') {
      throw error(pos, "unexpected character \"~\" after \"=\"");
    }
    return token(EQL, start);
  }

  private Token openBracket(int start) {
    if (bracketOpen) {
      throw error(start, "unexpected \"[\" inside brackets");
    }
    bracketOpen = true;
    gotColon = false;
    return token(LEFT_BRACKET, start);
  }

  private Token other(int start, char c) {
    if (isDigit(c) || (c == '.' && isDigit(peek()))) {
      pos = start;
      return numberOrDuration(start);
    }
    if (!isAlpha(c) && c != ':') {
      throw error(start, "unexpected " + Literals.quoteChar(src.codePointAt(start)));
    }
    if (!bracketOpen) {
      pos = start;
      return word(start);
    }
    // Prometheus 2.42 reads any letter inside brackets as the subquery colon.
    if (gotColon) {
      throw error(start, "unexpected " + Literals.quoteChar(src.codePointAt(start))
          + " inside brackets");
    }
    gotColon = true;
    return token(COLON, start);
  }

  private Token word(int start) {
    while (pos < src.length() && (isAlphaNumeric(src.charAt(pos)) || src.charAt(pos) == ':')) {
      pos++;
    }
    String text = src.substring(start, pos);
    TokenType keyword = TokenType.keyword(text);
    if (keyword != null) {
      return new Token(keyword, text, start, pos);
    }
    if (text.equalsIgnoreCase("inf") || text.equalsIgnoreCase("nan")) {
      return new Token(NUMBER, text, start, pos);
    }
    return new Token(text.indexOf(':') >= 0 ? METRIC_IDENTIFIER : IDENTIFIER, text, start, pos);
  }

  private Token numberOrDuration(int start) {
    if (scanNumber()) {
      return new Token(NUMBER, src.substring(start, pos), start, pos);
    }
    if (acceptRemainingDuration()) {
      return new Token(DURATION, src.substring(start, pos), start, pos);
    }
    int end = Math.min(pos + 1, src.length());
    throw error(start, "bad number or duration " + Literals.quote(src.substring(start, end)));
  }

  private boolean scanNumber() {
    String digits = "0123456789";
    if (accept('0') && (accept('x') || accept('X'))) {
      digits = "0123456789abcdefABCDEF";
    }
    acceptRun(digits);
    if (accept('.')) {
      acceptRun(digits);
    }
    if (accept('e') || accept('E')) {
      if (!accept('+')) {
        accept('-');
      }
      acceptRun("0123456789");
    }
    return !isAlphaNumeric(peek());
  }

  /** A number followed by units, as in {@code 1h30m}; bad unit orders are caught later. */
  private boolean acceptRemainingDuration() {
    if (!acceptAny("smhdwy")) {
      return false;
    }
    accept('s');
    while (acceptAny("0123456789")) {
      acceptRun("0123456789");
      if (!acceptAny("smhdw")) {
        return false;
      }
      accept('s');
    }
    return !isAlphaNumeric(peek());
  }

  private Token quoted(int start, char quote) {
    while (pos < src.length()) {
      char c = src.charAt(pos++);
      if (c == '\\') {
        if (pos >= src.length() || src.charAt(pos) == '\n') {
          break;
        }
        pos++;
      } else if (c == '\n') {
        break;
      } else if (c == '\uFFFD') {
        throw error(pos - 1, "invalid utf-8 rune in string");
      } else if (c == quote) {
        return new Token(STRING, src.substring(start, pos), start, pos);
      }
    }
    throw error(start, "unterminated quoted string");
  }

  private Token raw(int start) {
    int close = src.indexOf('`', start + 1);
    if (close < 0) {
      throw error(start, "unterminated raw string");
    }
    int bad = src.indexOf('\uFFFD', start + 1);
    if (bad >= 0 && bad < close) {
      throw error(bad, "invalid utf-8 rune in string");
    }
    pos = close + 1;
    return new Token(STRING, src.substring(start, pos), start, pos);
  }

  private Token insideBraces() {
    int start = pos;
    char c = src.charAt(pos++);
    if (isAlpha(c)) {
      while (pos < src.length() && isAlphaNumeric(src.charAt(pos))) {
        pos++;
      }
      return new Token(IDENTIFIER, src.substring(start, pos), start, pos);
    }
    return switch (c) {
      case ',' -> token(COMMA, start);
      case '"', '\'' -> quoted(start, c);
      case '`' -> raw(start);
      case '=' -> token(accept('~') ? EQL_REGEX : EQL, start);
      case '!' -> bang(start);
      case '}' -> {
        braceOpen = false;
        yield token(RIGHT_BRACE, start);
      }
      default -> throw error(start, "unexpected " + Literals.quoteChar(src.codePointAt(start))
          + " inside braces");
    };
  }

  private Token bang(int start) {
    if (accept('~')) {
      return token(NEQ_REGEX, start);
    }
    if (accept('=')) {
      return token(NEQ, start);
    }
    throw error(start, "unexpected character after \"!\" inside braces");
  }

  private Token token(TokenType type, int start) {
    return new Token(type, src.substring(start, pos), start, pos);
  }

  private char peek() {
    return pos < src.length() ? src.charAt(pos) : '\0';
  }

  private boolean accept(char c) {
    if (pos < src.length() && src.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private boolean acceptAny(String valid) {
    if (pos < src.length() && valid.indexOf(src.charAt(pos)) >= 0) {
      pos++;
      return true;
    }
    return false;
  }

  private void acceptRun(String valid) {
    while (pos < src.length() && valid.indexOf(src.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private PromqlException error(int offset, String problem) {
    return PromqlException.at(src, offset, problem);
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAlpha(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isAlphaNumeric(char c) {
    return isAlpha(c) || isDigit(c);
  }
}
