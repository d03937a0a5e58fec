package dev.cwmon.gotemplate;

import java.util.Map;

/** The kinds of token the lexer emits; keywords print as {@code <word>} in messages. */
enum TokenType {
  TEXT,
  COMMENT,
  LEFT_DELIM,
  RIGHT_DELIM,
  SPACE,
  ASSIGN,
  DECLARE,
  PIPE,
  CHAR,
  STRING,
  RAW_STRING,
  CHAR_CONSTANT,
  NUMBER,
  COMPLEX,
  VARIABLE,
  FIELD,
  IDENTIFIER,
  BOOL,
  LEFT_PAREN,
  RIGHT_PAREN,
  EOF,
  ERROR,
  DOT(true),
  NIL(true),
  BLOCK(true),
  BREAK(true),
  CONTINUE(true),
  DEFINE(true),
  ELSE(true),
  END(true),
  IF(true),
  RANGE(true),
  TEMPLATE(true),
  WITH(true);

  private static final Map<String, TokenType> KEYWORDS =
      Map.ofEntries(
          Map.entry("block", BLOCK),
          Map.entry("break", BREAK),
          Map.entry("continue", CONTINUE),
          Map.entry("define", DEFINE),
          Map.entry("else", ELSE),
          Map.entry("end", END),
          Map.entry("if", IF),
          Map.entry("nil", NIL),
          Map.entry("range", RANGE),
          Map.entry("template", TEMPLATE),
          Map.entry("with", WITH));

  private final boolean keyword;

  TokenType() {
    this(false);
  }

  TokenType(boolean keyword) {
    this.keyword = keyword;
  }

  boolean isKeyword() {
    return keyword;
  }

  /** The keyword spelled {@code word}, or null. */
  static TokenType keyword(String word) {
    return KEYWORDS.get(word);
  }
}
