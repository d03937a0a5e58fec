package dev.cwmon.gotemplate;

/** One lexed token: its kind, its exact text (or error message) and where it starts. */
record Token(TokenType type, String text, int offset) {

  /** How Go's parser names a token in "unexpected X in Y" messages. */
  String describe() {
    if (type == TokenType.EOF) {
      return "EOF";
    }
    if (type == TokenType.ERROR) {
      return text;
    }
    if (type.isKeyword()) {
      return "<" + text + ">";
    }
    if (text.codePointCount(0, text.length()) > 10) {
      return GoQuote.quote(text.substring(0, text.offsetByCodePoints(0, 10))) + "...";
    }
    return GoQuote.quote(text);
  }
}
