package dev.cwmon.logstash;

import java.util.ArrayList;
import java.util.List;

/**
 * The text being parsed, a read position, and the lexical rules shared by all parsers:
 * whitespace is {@code [ \t\r\n]}, a comment runs from {@code #} to the end of its line.
 */
final class Source {
  static final int MAX_DEPTH = 64;

  private final String text;
  private final String fileName;
  int pos;
  private int depth;
  private int commentAt = -1;

  Source(String text, String fileName) {
    this.text = text;
    this.fileName = fileName;
  }

  CharSequence text() {
    return text;
  }

  int length() {
    return text.length();
  }

  char charAt(int offset) {
    return text.charAt(offset);
  }

  boolean atEnd() {
    return pos >= text.length();
  }

  char peek() {
    return peek(0);
  }

  char peek(int ahead) {
    int at = pos + ahead;
    return at < text.length() ? text.charAt(at) : '\0';
  }

  boolean startsWith(String literal) {
    return text.startsWith(literal, pos);
  }

  String slice(int from, int to) {
    return text.substring(from, to);
  }

  static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  static boolean isNameChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        || c == '_' || c == '-';
  }

  boolean whitespaceNext() {
    return !atEnd() && isWhitespace(peek());
  }

  /**
   * Skips whitespace and comments and returns the comments' text, without {@code #}. The
   * offset of the first comment skipped is kept for {@link #commentSkipped()}.
   */
  List<String> layout() {
    List<String> comments = new ArrayList<>();
    commentAt = -1;
    while (!atEnd()) {
      char c = peek();
      if (isWhitespace(c)) {
        pos++;
      } else if (c == '#') {
        if (commentAt < 0) {
          commentAt = pos;
        }
        int start = pos + 1;
        while (!atEnd() && peek() != '\n' && peek() != '\r') {
          pos++;
        }
        comments.add(text.substring(start, pos));
        if (peek() == '\r' && peek(1) != '\n') {
          throw error("a comment must end with a line break");
        }
      } else {
        break;
      }
    }
    return comments;
  }

  /** Where the last {@link #layout()} met its first comment, or -1. */
  int commentSkipped() {
    return commentAt;
  }

  /** The name token {@code [A-Za-z0-9_-]*} at the position, without consuming it. */
  String nameAhead() {
    int end = pos;
    while (end < text.length() && isNameChar(text.charAt(end))) {
      end++;
    }
    return text.substring(pos, end);
  }

  void expect(String literal, String reason) {
    if (!startsWith(literal)) {
      throw error(reason);
    }
    pos += literal.length();
  }

  void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH + " levels is not supported");
    }
  }

  void exit() {
    depth--;
  }

  LogstashParseException error(String reason) {
    return errorAt(pos, reason);
  }

  LogstashParseException errorAt(int offset, String reason) {
    int at = Math.min(offset, text.length());
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = text.codePointCount(lineStart, at) + 1;
    return new LogstashParseException(fileName, line, column, reason);
  }

  /** A short, printable rendering of the character at the position, for messages. */
  String describeNext() {
    if (atEnd()) {
      return "end of file";
    }
    int cp = text.codePointAt(pos);
    if (cp >= 0x21 && cp < 0x7f) {
      return "'" + (char) cp + "'";
    }
    return String.format(java.util.Locale.ROOT, "U+%04X", cp);
  }
}
