package dev.cwmon.promql;

import java.util.List;

/** A node of a parsed PromQL expression; every node knows where it is in the source. */
public sealed interface Expr
    permits NumberLiteral, StringLiteral, VectorSelector, MatrixSelector, Subquery, Aggregate,
        Binary, Unary, Paren, Call {

  /** Where this expression is in the source, modifiers such as {@code offset} included. */
  Span span();

  /** What this expression evaluates to; meaningful once {@link PromQL#parse} accepted it. */
  ValueType type();

  /** The direct sub-expressions, in source order. */
  List<Expr> children();
}
