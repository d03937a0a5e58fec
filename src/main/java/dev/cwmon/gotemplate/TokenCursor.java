package dev.cwmon.gotemplate;

import java.util.List;

/**
 * A position in a token list with the look-ahead the parser needs, and the way parse errors
 * leave it. Reading past the end keeps returning the last token, which is EOF or an error.
 */
abstract class TokenCursor {
  private final List<Token> tokens;
  private final SourceMap source;
  private int cursor;

  TokenCursor(List<Token> tokens, SourceMap source) {
    this.tokens = tokens;
    this.source = source;
  }

  final Token next() {
    Token token = peek();
    cursor++;
    return token;
  }

  final Token peek() {
    return tokens.get(Math.min(cursor, tokens.size() - 1));
  }

  /** Skips spaces and returns the token after them without consuming it. */
  final Token peekNonSpace() {
    while (peek().type() == TokenType.SPACE) {
      next();
    }
    return peek();
  }

  final Token nextNonSpace() {
    peekNonSpace();
    return next();
  }

  /** Steps back over the token just read. */
  final void backup() {
    cursor--;
  }

  final int mark() {
    return cursor;
  }

  final void reset(int mark) {
    cursor = mark;
  }

  /** Fails with the lexer's message for an error token, else "unexpected X in context". */
  final TemplateException unexpected(Token token, String context) {
    if (token.type() == TokenType.ERROR) {
      throw fail(token.offset(), token.text());
    }
    throw fail(token.offset(), "unexpected " + token.describe() + " in " + context);
  }

  final TemplateException fail(int offset, String message) {
    throw new TemplateException(source.problem(offset, message));
  }
}
