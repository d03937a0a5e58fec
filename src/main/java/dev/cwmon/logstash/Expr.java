package dev.cwmon.logstash;

/** A condition of an {@code if} or {@code else if}. */
public sealed interface Expr permits Operand, Compare, Match, In, Not, BoolChain {}
