package dev.cwmon.gotemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits template text into tokens following the rules of Go's text/template lexer: text
 * between actions, {@code {{ }}} with trim markers, comments, and the words inside actions.
 * Lexing stops at the first error, which becomes a final {@link TokenType#ERROR} token.
 */
final class Lexer {
  private static final String LEFT = "{{";
  private static final String RIGHT = "}}";
  private static final String LEFT_COMMENT = "/*";
  private static final String RIGHT_COMMENT = "*/";

  private final String in;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;
  private int start;
  private int parenDepth;
  private int actionStart;

  private Lexer(String in) {
    this.in = in;
  }

  static List<Token> lex(String text) {
    Lexer lexer = new Lexer(text);
    while (lexer.lexText()) {
      continue;
    }
    return List.copyOf(lexer.tokens);
  }

  /** Lexes text up to the next action; false once EOF or an error has been emitted. */
  private boolean lexText() {
    int delim = in.indexOf(LEFT, pos);
    if (delim < 0) {
      if (pos < in.length()) {
        tokens.add(new Token(TokenType.TEXT, in.substring(pos), pos));
      }
      tokens.add(new Token(TokenType.EOF, "", in.length()));
      return false;
    }
    int textEnd = delim;
    if (hasLeftTrimMarker(delim + LEFT.length())) {
      while (textEnd > pos && isSpace(in.charAt(textEnd - 1))) {
        textEnd--;
      }
    }
    if (textEnd > pos) {
      tokens.add(new Token(TokenType.TEXT, in.substring(pos, textEnd), pos));
    }
    return lexLeftDelim(delim);
  }

  private boolean lexLeftDelim(int delim) {
    actionStart = delim;
    pos = delim + LEFT.length();
    int afterMarker = hasLeftTrimMarker(pos) ? 2 : 0;
    if (in.startsWith(LEFT_COMMENT, pos + afterMarker)) {
      return lexComment(delim, pos + afterMarker);
    }
    tokens.add(new Token(TokenType.LEFT_DELIM, LEFT, delim));
    pos += afterMarker;
    parenDepth = 0;
    return lexInsideAction();
  }

  private boolean lexComment(int delim, int commentStart) {
    int close = in.indexOf(RIGHT_COMMENT, commentStart + LEFT_COMMENT.length());
    if (close < 0) {
      return error("unclosed comment", delim);
    }
    pos = close + RIGHT_COMMENT.length();
    int trim = rightDelimAt(pos);
    if (trim < 0) {
      return error("comment ends before closing delimiter", delim);
    }
    tokens.add(new Token(TokenType.COMMENT, in.substring(commentStart, pos), delim));
    pos += trim + RIGHT.length();
    if (trim > 0) {
      skipSpaces();
    }
    return true;
  }

  private boolean lexInsideAction() {
    while (true) {
      if (rightDelimAt(pos) >= 0) {
        if (parenDepth > 0) {
          return error("unclosed left paren", pos);
        }
        lexRightDelim();
        return true;
      }
      if (pos >= in.length()) {
        return error("unclosed action", actionStart);
      }
      start = pos;
      int cp = in.codePointAt(pos);
      if (!lexActionWord(cp)) {
        return false;
      }
    }
  }

  /** Lexes one token starting with {@code cp}; false after an error. */
  private boolean lexActionWord(int cp) {
    if (isSpace(cp)) {
      return lexSpace();
    }
    switch (cp) {
      case '=':
        return emitOne(TokenType.ASSIGN);
      case ':':
        if (pos + 1 >= in.length() || in.charAt(pos + 1) != '=') {
          return error("expected :=", pos);
        }
        pos += 2;
        return emit(TokenType.DECLARE);
      case '|':
        return emitOne(TokenType.PIPE);
      case '"':
        return lexQuoted('"', TokenType.STRING, "unterminated quoted string");
      case '\'':
        return lexQuoted('\'', TokenType.CHAR_CONSTANT, "unterminated character constant");
      case '`':
        return lexRawQuote();
      case '$':
        return lexFieldOrVariable(TokenType.VARIABLE);
      case '(':
        parenDepth++;
        return emitOne(TokenType.LEFT_PAREN);
      case ')':
        emitOne(TokenType.RIGHT_PAREN);
        parenDepth--;
        if (parenDepth < 0) {
          return error("unexpected right paren " + GoQuote.codePoint(cp), start);
        }
        return true;
      default:
        return lexOther(cp);
    }
  }

  private boolean lexOther(int cp) {
    if (cp == '.' && pos + 1 < in.length() && !isDigit(in.charAt(pos + 1))) {
      return lexFieldOrVariable(TokenType.FIELD);
    }
    if (cp == '.' || cp == '+' || cp == '-' || isDigit(cp)) {
      return lexNumber();
    }
    if (isAlphaNumeric(cp)) {
      return lexIdentifier();
    }
    if (cp < 0x80 && cp >= 0x20 && cp < 0x7f) {
      return emitOne(TokenType.CHAR);
    }
    return error("unrecognized character in action: " + GoQuote.codePoint(cp), pos);
  }

  /** Emits a space run, unless it is the single space of a {@code " -}}"} delimiter. */
  private boolean lexSpace() {
    int count = 0;
    while (pos < in.length() && isSpace(in.charAt(pos))) {
      pos++;
      count++;
    }
    if (rightDelimAt(pos - 1) == 2) {
      pos--;
      if (count == 1) {
        return true;
      }
    }
    return emit(TokenType.SPACE);
  }

  private void lexRightDelim() {
    int trim = rightDelimAt(pos);
    tokens.add(new Token(TokenType.RIGHT_DELIM, RIGHT, pos));
    pos += trim + RIGHT.length();
    if (trim > 0) {
      skipSpaces();
    }
  }

  private boolean lexQuoted(char quote, TokenType type, String unterminated) {
    pos++;
    while (true) {
      if (pos >= in.length() || in.charAt(pos) == '\n') {
        return error(unterminated, start);
      }
      char c = in.charAt(pos++);
      if (c == '\\') {
        if (pos >= in.length() || in.charAt(pos) == '\n') {
          return error(unterminated, start);
        }
        pos++;
      } else if (c == quote) {
        return emit(type);
      }
    }
  }

  private boolean lexRawQuote() {
    int close = in.indexOf('`', pos + 1);
    if (close < 0) {
      return error("unterminated raw quoted string", start);
    }
    pos = close + 1;
    return emit(TokenType.RAW_STRING);
  }

  /** Lexes {@code $}, {@code $name}, {@code .} or {@code .name}. */
  private boolean lexFieldOrVariable(TokenType type) {
    pos++;
    if (atTerminator()) {
      return emit(type == TokenType.VARIABLE ? TokenType.VARIABLE : TokenType.DOT);
    }
    while (pos < in.length() && isAlphaNumeric(in.codePointAt(pos))) {
      pos += Character.charCount(in.codePointAt(pos));
    }
    if (!atTerminator()) {
      return error("bad character " + GoQuote.codePoint(in.codePointAt(pos)), pos);
    }
    return emit(type);
  }

  private boolean lexIdentifier() {
    while (pos < in.length() && isAlphaNumeric(in.codePointAt(pos))) {
      pos += Character.charCount(in.codePointAt(pos));
    }
    if (!atTerminator()) {
      return error("bad character " + GoQuote.codePoint(in.codePointAt(pos)), pos);
    }
    String word = in.substring(start, pos);
    TokenType keyword = TokenType.keyword(word);
    if (keyword != null) {
      return emit(keyword);
    }
    boolean bool = "true".equals(word) || "false".equals(word);
    return emit(bool ? TokenType.BOOL : TokenType.IDENTIFIER);
  }

  private boolean lexNumber() {
    if (!scanNumber()) {
      return error("bad number syntax: " + GoQuote.quote(in.substring(start, pos)), start);
    }
    if (pos < in.length() && (in.charAt(pos) == '+' || in.charAt(pos) == '-')) {
      if (!scanNumber() || in.charAt(pos - 1) != 'i') {
        return error("bad number syntax: " + GoQuote.quote(in.substring(start, pos)), start);
      }
      return emit(TokenType.COMPLEX);
    }
    return emit(TokenType.NUMBER);
  }

  /** Scans the longest run that could be a Go number; false if a letter follows it. */
  private boolean scanNumber() {
    accept("+-");
    String digits = "0123456789_";
    if (accept("0")) {
      if (accept("xX")) {
        digits = "0123456789abcdefABCDEF_";
      } else if (accept("oO")) {
        digits = "01234567_";
      } else if (accept("bB")) {
        digits = "01_";
      }
    }
    acceptRun(digits);
    if (accept(".")) {
      acceptRun(digits);
    }
    if (digits.length() == 11 && accept("eE")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    if (digits.length() == 23 && accept("pP")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    accept("i");
    if (pos < in.length() && isAlphaNumeric(in.codePointAt(pos))) {
      pos += Character.charCount(in.codePointAt(pos));
      return false;
    }
    return true;
  }

  private boolean accept(String valid) {
    if (pos < in.length() && valid.indexOf(in.charAt(pos)) >= 0) {
      pos++;
      return true;
    }
    return false;
  }

  private void acceptRun(String valid) {
    while (accept(valid)) {
      continue;
    }
  }

  private boolean atTerminator() {
    if (pos >= in.length()) {
      return true;
    }
    char c = in.charAt(pos);
    return isSpace(c) || ".,|:)(".indexOf(c) >= 0 || c == RIGHT.charAt(0);
  }

  /** -1 if no right delimiter starts at {@code at}, else the length of its trim marker. */
  private int rightDelimAt(int at) {
    if (at < 0) {
      return -1;
    }
    boolean marker =
        at + 1 < in.length() && isSpace(in.charAt(at)) && in.charAt(at + 1) == '-';
    if (marker && in.startsWith(RIGHT, at + 2)) {
      return 2;
    }
    return in.startsWith(RIGHT, at) ? 0 : -1;
  }

  private boolean hasLeftTrimMarker(int at) {
    return at + 1 < in.length() && in.charAt(at) == '-' && isSpace(in.charAt(at + 1));
  }

  private void skipSpaces() {
    while (pos < in.length() && isSpace(in.charAt(pos))) {
      pos++;
    }
  }

  private boolean emitOne(TokenType type) {
    pos++;
    return emit(type);
  }

  private boolean emit(TokenType type) {
    tokens.add(new Token(type, in.substring(start, pos), start));
    return true;
  }

  private boolean error(String message, int at) {
    tokens.add(new Token(TokenType.ERROR, message, at));
    return false;
  }

  static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAlphaNumeric(int cp) {
    return cp == '_' || Character.isLetter(cp) || Character.isDigit(cp);
  }
}
