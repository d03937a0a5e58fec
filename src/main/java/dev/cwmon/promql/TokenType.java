package dev.cwmon.promql;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The kinds of token the PromQL lexer produces; keywords match case-insensitively. */
enum TokenType {
  EOF("end of input"),
  IDENTIFIER("identifier"),
  METRIC_IDENTIFIER("metric identifier"),
  NUMBER("number"),
  DURATION("duration"),
  STRING("string"),
  LEFT_PAREN("\"(\""),
  RIGHT_PAREN("\")\""),
  LEFT_BRACE("\"{\""),
  RIGHT_BRACE("\"}\""),
  LEFT_BRACKET("\"[\""),
  RIGHT_BRACKET("\"]\""),
  COMMA("\",\""),
  EQL("\"=\""),
  COLON("\":\""),
  AT("\"@\""),
  ADD("\"+\""),
  SUB("\"-\""),
  MUL("\"*\""),
  DIV("\"/\""),
  MOD("\"%\""),
  POW("\"^\""),
  EQLC("\"==\""),
  NEQ("\"!=\""),
  LTE("\"<=\""),
  LSS("\"<\""),
  GTE("\">=\""),
  GTR("\">\""),
  EQL_REGEX("\"=~\""),
  NEQ_REGEX("\"!~\""),
  LAND("and"),
  LOR("or"),
  LUNLESS("unless"),
  ATAN2("atan2"),
  SUM("sum"),
  AVG("avg"),
  COUNT("count"),
  MIN("min"),
  MAX("max"),
  GROUP("group"),
  STDDEV("stddev"),
  STDVAR("stdvar"),
  TOPK("topk"),
  BOTTOMK("bottomk"),
  COUNT_VALUES("count_values"),
  QUANTILE("quantile"),
  OFFSET("offset"),
  BY("by"),
  WITHOUT("without"),
  ON("on"),
  IGNORING("ignoring"),
  GROUP_LEFT("group_left"),
  GROUP_RIGHT("group_right"),
  BOOL("bool"),
  START("start"),
  END("end");

  private static final Map<String, TokenType> KEYWORDS = new HashMap<>();

  static {
    for (TokenType t : values()) {
      if (t.compareTo(LAND) >= 0) {
        KEYWORDS.put(t.label, t);
      }
    }
  }

  private final String label;

  TokenType(String label) {
    this.label = label;
  }

  /** The keyword spelled {@code word} in any letter case, or null. */
  static TokenType keyword(String word) {
    return KEYWORDS.get(word.toLowerCase(Locale.ROOT));
  }

  boolean isKeyword() {
    return compareTo(LAND) >= 0;
  }

  boolean isAggregator() {
    return compareTo(SUM) >= 0 && compareTo(QUANTILE) <= 0;
  }

  /** How an error message names this kind of token when its text is not shown. */
  String label() {
    return label;
  }
}
