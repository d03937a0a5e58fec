package dev.cwmon.promql;

/** One lexed token: its kind, its source text and where that text is. */
record Token(TokenType type, String text, int start, int end) {
  Span span() {
    return new Span(start, end);
  }

  /** How error messages name this token, e.g. {@code identifier "foo"} or {@code "}"}. */
  String describe() {
    return switch (type) {
      case EOF -> "end of input";
      case IDENTIFIER, METRIC_IDENTIFIER, NUMBER, DURATION, STRING ->
          type.label() + " " + Literals.quote(text);
      default -> type.isKeyword() ? "keyword \"" + text + "\"" : type.label();
    };
  }
}
