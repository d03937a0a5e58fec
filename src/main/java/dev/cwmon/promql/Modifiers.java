package dev.cwmon.promql;

import static dev.cwmon.promql.TokenType.*;

import dev.cwmon.model.PromDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses what follows an operand or operator: ranges, subqueries, {@code offset}, {@code @},
 * and the grouping and matching clauses of aggregations and binary operations.
 */
final class Modifiers {
  /** Prometheus keeps {@code @} times as int64 milliseconds; it refuses floats past int64. */
  private static final double MAX_TIMESTAMP = 9.223372036854775807e18;

  private final Parser parser;

  Modifiers(Parser parser) {
    this.parser = parser;
  }

  Expr postfix(Expr expr) {
    Expr result = expr;
    while (true) {
      switch (parser.token().type()) {
        case LEFT_BRACKET -> result = rangeOrSubquery(result);
        case OFFSET -> result = offset(result);
        case AT -> result = at(result);
        default -> {
          return result;
        }
      }
    }
  }

  private Expr rangeOrSubquery(Expr expr) {
    Token open = parser.token();
    parser.advance();
    PromDuration range = duration();
    if (parser.accept(COLON)) {
      Optional<PromDuration> step = Optional.empty();
      if (parser.token().type() == DURATION) {
        step = Optional.of(duration());
      }
      parser.expect(RIGHT_BRACKET, "duration or \"]\"");
      Span span = parser.spanFrom(expr.span().start());
      return new Subquery(expr, range, step, Duration.ZERO, AtModifier.NONE, span);
    }
    parser.expect(RIGHT_BRACKET, "\":\" or \"]\"");
    String problem = null;
    if (!(expr instanceof VectorSelector selector)) {
      problem = "ranges only allowed for vector selectors";
    } else if (!selector.offset().isZero()) {
      problem = "no offset modifiers allowed before range";
    } else if (selector.at().isPresent()) {
      problem = "no @ modifiers allowed before range";
    } else {
      return new MatrixSelector(selector, range, parser.spanFrom(expr.span().start()));
    }
    throw PromqlException.at(parser.source(), open.start(), problem);
  }

  private PromDuration duration() {
    Token token = parser.expect(DURATION, "duration");
    return Literals.duration(parser.source(), token);
  }

  private Expr offset(Expr expr) {
    int keyword = parser.token().start();
    parser.advance();
    boolean negative = parser.accept(SUB);
    Duration offset = Duration.ofMillis(duration().millis());
    Duration signed = negative ? offset.negated() : offset;
    Span span = parser.spanFrom(expr.span().start());
    if (expr instanceof VectorSelector s) {
      checkOnce(!s.offset().isZero(), keyword, "offset");
      return new VectorSelector(s.name(), s.matchers(), signed, s.at(), span);
    }
    if (expr instanceof MatrixSelector m) {
      VectorSelector s = m.selector();
      checkOnce(!s.offset().isZero(), keyword, "offset");
      var inner = new VectorSelector(s.name(), s.matchers(), signed, s.at(), s.span());
      return new MatrixSelector(inner, m.range(), span);
    }
    if (expr instanceof Subquery q) {
      checkOnce(!q.offset().isZero(), keyword, "offset");
      return new Subquery(q.expr(), q.range(), q.step(), signed, q.at(), span);
    }
    throw misplaced(expr, "offset");
  }

  private Expr at(Expr expr) {
    int keyword = parser.token().start();
    parser.advance();
    AtModifier at = atValue();
    Span span = parser.spanFrom(expr.span().start());
    if (expr instanceof VectorSelector s) {
      checkOnce(s.at().isPresent(), keyword, "@");
      return new VectorSelector(s.name(), s.matchers(), s.offset(), at, span);
    }
    if (expr instanceof MatrixSelector m) {
      VectorSelector s = m.selector();
      checkOnce(s.at().isPresent(), keyword, "@");
      var inner = new VectorSelector(s.name(), s.matchers(), s.offset(), at, s.span());
      return new MatrixSelector(inner, m.range(), span);
    }
    if (expr instanceof Subquery q) {
      checkOnce(q.at().isPresent(), keyword, "@");
      return new Subquery(q.expr(), q.range(), q.step(), q.offset(), at, span);
    }
    throw misplaced(expr, "@");
  }

  private AtModifier atValue() {
    Token first = parser.token();
    if (first.type() == START || first.type() == END) {
      parser.advance();
      parser.expect(LEFT_PAREN, "\"(\"");
      parser.expect(RIGHT_PAREN, "\")\"");
      return new AtModifier(first.type() == START ? AtModifier.Kind.START : AtModifier.Kind.END, 0);
    }
    boolean negative = parser.accept(SUB);
    if (!negative) {
      parser.accept(ADD);
    }
    Token number = parser.expect(NUMBER, "timestamp, start() or end()");
    double value = Literals.number(parser.source(), number);
    double seconds = negative ? -value : value;
    if (Double.isNaN(seconds) || seconds >= MAX_TIMESTAMP || seconds <= -MAX_TIMESTAMP) {
      throw PromqlException.at(parser.source(), first.start(),
          "timestamp " + (negative ? "-" : "") + number.text() + " out of bounds for @ modifier");
    }
    return new AtModifier(AtModifier.Kind.TIMESTAMP, seconds);
  }

  private void checkOnce(boolean alreadySet, int keyword, String modifier) {
    if (alreadySet) {
      throw PromqlException.at(parser.source(), keyword,
          modifier + " may not be set multiple times");
    }
  }

  private PromqlException misplaced(Expr expr, String modifier) {
    return PromqlException.at(parser.source(), expr.span().start(), modifier
        + " modifier must follow a vector selector, a range vector selector or a subquery");
  }

  /** An optional {@code by (...)} or {@code without (...)}. */
  Grouping grouping() {
    Token keyword = parser.token();
    if (keyword.type() != BY && keyword.type() != WITHOUT) {
      return Grouping.NONE;
    }
    parser.advance();
    Grouping.Kind kind = keyword.type() == BY ? Grouping.Kind.BY : Grouping.Kind.WITHOUT;
    return new Grouping(kind, labelList());
  }

  /** The optional {@code on}/{@code ignoring} and {@code group_left}/{@code group_right}. */
  VectorMatching vectorMatching(BinaryOp op) {
    VectorMatching.Cardinality card = op.isSetOperator()
        ? VectorMatching.Cardinality.MANY_TO_MANY
        : VectorMatching.Cardinality.ONE_TO_ONE;
    TokenType axisToken = parser.token().type();
    if (axisToken != ON && axisToken != IGNORING) {
      return new VectorMatching(VectorMatching.Axis.NONE, List.of(), card, List.of());
    }
    parser.advance();
    var axis = axisToken == ON ? VectorMatching.Axis.ON : VectorMatching.Axis.IGNORING;
    List<String> labels = labelList();
    List<String> include = List.of();
    TokenType side = parser.token().type();
    if (side == GROUP_LEFT || side == GROUP_RIGHT) {
      parser.advance();
      card = side == GROUP_LEFT
          ? VectorMatching.Cardinality.MANY_TO_ONE
          : VectorMatching.Cardinality.ONE_TO_MANY;
      if (parser.token().type() == LEFT_PAREN) {
        include = labelList();
      }
    }
    return new VectorMatching(axis, labels, card, include);
  }

  /** {@code (a, b,)}: label names, where any keyword but {@code without} counts as a name. */
  private List<String> labelList() {
    parser.expect(LEFT_PAREN, "\"(\"");
    List<String> labels = new ArrayList<>();
    while (!parser.accept(RIGHT_PAREN)) {
      Token label = parser.token();
      boolean keyword = label.type().isKeyword() && label.type() != WITHOUT;
      if (label.type() != IDENTIFIER && !keyword) {
        throw parser.unexpected("label name");
      }
      parser.advance();
      labels.add(label.text());
      if (!parser.accept(COMMA) && parser.token().type() != RIGHT_PAREN) {
        throw parser.unexpected("\",\" or \")\"");
      }
    }
    return labels;
  }
}
