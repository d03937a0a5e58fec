package dev.cwmon.promql;

import static dev.cwmon.promql.TokenType.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A precedence-climbing parser for PromQL that follows the grammar of Prometheus 2.42. It
 * checks syntax only; {@link TypeChecker} checks value types afterwards, as Prometheus does.
 */
final class Parser {
  /**
   * How deep an expression may nest, in parentheses or in a chain of binary operators. promtool
   * has no such limit short of memory; this one keeps a hostile spec from exhausting cwmon's
   * stack (see Main) while passing any expression a person or generator writes.
   */
  static final int MAX_DEPTH = 20_000;

  /** Words that may start a selector as its metric name, as in Prometheus's grammar. */
  private static final Set<TokenType> KEYWORD_NAMES =
      EnumSet.of(BY, WITHOUT, LAND, LOR, LUNLESS, OFFSET, START, END);

  private final String src;
  private final Lexer lexer;
  private final Modifiers modifiers;
  private Token token;
  private Token lookahead;
  private int lastEnd;
  private int depth;

  Parser(String src) {
    this.src = src;
    this.lexer = new Lexer(src);
    this.modifiers = new Modifiers(this);
  }

  Expr parse() {
    advance();
    if (token.type() == EOF) {
      throw PromqlException.at(src, 0, "no expression found in input");
    }
    Expr expr = expr(0);
    if (token.type() != EOF) {
      throw unexpected("end of input");
    }
    return expr;
  }

  private Expr expr(int minPrecedence) {
    if (++depth > MAX_DEPTH) {
      throw PromqlException.at(src, token.start(),
          "expression nests deeper than " + MAX_DEPTH + " levels");
    }
    Expr lhs = unary();
    while (true) {
      BinaryOp op = BinaryOp.of(token.type());
      if (op == null || op.precedence() < minPrecedence) {
        break;
      }
      advance();
      boolean returnBool = accept(BOOL);
      VectorMatching matching = modifiers.vectorMatching(op);
      int next = op.isRightAssociative() ? op.precedence() : op.precedence() + 1;
      Expr rhs = expr(next);
      lhs = new Binary(op, lhs, rhs, returnBool, matching, lhs.span().to(rhs.span()));
    }
    depth--;
    return lhs;
  }

  /** A sign binds looser than {@code ^} and tighter than {@code *}: {@code -a^b} is -(a^b). */
  private Expr unary() {
    if (token.type() != ADD && token.type() != SUB) {
      return modifiers.postfix(primary());
    }
    Token sign = token;
    advance();
    Expr operand = expr(BinaryOp.POW.precedence());
    Span span = sign.span().to(operand.span());
    boolean minus = sign.type() == SUB;
    if (operand instanceof NumberLiteral number) {
      return new NumberLiteral(minus ? -number.value() : number.value(), span);
    }
    return new Unary(minus ? Unary.Op.MINUS : Unary.Op.PLUS, operand, span);
  }

  private Expr primary() {
    Token first = token;
    switch (first.type()) {
      case NUMBER -> {
        advance();
        return new NumberLiteral(Literals.number(src, first), first.span());
      }
      case STRING -> {
        advance();
        return new StringLiteral(Literals.unquote(src, first), first.span());
      }
      case LEFT_PAREN -> {
        advance();
        Expr inner = expr(0);
        Token close = expect(RIGHT_PAREN, "\")\"");
        return new Paren(inner, first.span().to(close.span()));
      }
      case LEFT_BRACE, METRIC_IDENTIFIER -> {
        return selector();
      }
      case IDENTIFIER -> {
        return peek().type() == LEFT_PAREN ? call() : selector();
      }
      default -> {
        if (first.type().isAggregator()) {
          TokenType next = peek().type();
          boolean aggregate = next == LEFT_PAREN || next == BY || next == WITHOUT;
          return aggregate ? aggregate() : selector();
        }
        if (KEYWORD_NAMES.contains(first.type())) {
          return selector();
        }
        throw unexpected("expression");
      }
    }
  }

  private VectorSelector selector() {
    Token first = token;
    String name = "";
    Span span = first.span();
    if (first.type() != LEFT_BRACE) {
      name = first.text();
      advance();
    }
    List<LabelMatcher> matchers = List.of();
    if (token.type() == LEFT_BRACE) {
      matchers = new ArrayList<>();
      span = span.to(labelMatchers(matchers));
    }
    return new VectorSelector(name, matchers, java.time.Duration.ZERO, AtModifier.NONE, span);
  }

  /** Reads {@code {a="b", c=~"d"}} into {@code out} and returns the span of the braces. */
  private Span labelMatchers(List<LabelMatcher> out) {
    Token open = expect(LEFT_BRACE, "\"{\"");
    while (token.type() != RIGHT_BRACE) {
      Token name = expect(IDENTIFIER, "label matcher");
      LabelMatcher.Op op = matchOp();
      Token value = expect(STRING, "string");
      String text = Literals.unquote(src, value);
      if (op.isRegex()) {
        Re2Syntax.check(text, src, value.start());
      }
      out.add(new LabelMatcher(name.text(), op, text, name.span().to(value.span())));
      if (!accept(COMMA) && token.type() != RIGHT_BRACE) {
        throw unexpected("\",\" or \"}\"");
      }
    }
    Token close = token;
    advance();
    return open.span().to(close.span());
  }

  private LabelMatcher.Op matchOp() {
    LabelMatcher.Op op = switch (token.type()) {
      case EQL -> LabelMatcher.Op.EQUAL;
      case NEQ -> LabelMatcher.Op.NOT_EQUAL;
      case EQL_REGEX -> LabelMatcher.Op.REGEX;
      case NEQ_REGEX -> LabelMatcher.Op.NOT_REGEX;
      default -> throw unexpected("one of \"=\", \"!=\", \"=~\", \"!~\"");
    };
    advance();
    return op;
  }

  private Call call() {
    Token name = token;
    advance();
    List<Expr> args = new ArrayList<>();
    Span body = arguments(args);
    Function function = Functions.named(name.text()).orElseThrow(() -> PromqlException.at(
        src, name.start(), "unknown function " + Literals.quote(name.text())));
    return new Call(function, args, name.span().to(body));
  }

  private Aggregate aggregate() {
    Token opToken = token;
    AggregateOp op = AggregateOp.of(opToken.type());
    advance();
    Grouping grouping = modifiers.grouping();
    List<Expr> args = new ArrayList<>();
    Span span = opToken.span().to(arguments(args));
    if (grouping.kind() == Grouping.Kind.NONE && (token.type() == BY || token.type() == WITHOUT)) {
      grouping = modifiers.grouping();
      span = new Span(opToken.start(), lastEnd());
    }
    if (args.isEmpty()) {
      throw PromqlException.at(src, opToken.start(), "no arguments for aggregation "
          + Literals.quote(op.keyword()));
    }
    int wanted = op.paramType() == null ? 1 : 2;
    if (args.size() != wanted) {
      throw PromqlException.at(src, opToken.start(), "wrong number of arguments for "
          + Literals.quote(op.keyword()) + ": expected " + wanted + ", got " + args.size());
    }
    Optional<Expr> param = wanted == 2 ? Optional.of(args.get(0)) : Optional.empty();
    return new Aggregate(op, param, args.get(wanted - 1), grouping, span);
  }

  /** Reads {@code (a, b)} into {@code out} and returns the span of the parentheses. */
  private Span arguments(List<Expr> out) {
    Token open = expect(LEFT_PAREN, "\"(\"");
    if (token.type() != RIGHT_PAREN) {
      while (true) {
        out.add(expr(0));
        if (accept(COMMA)) {
          if (token.type() == RIGHT_PAREN) {
            throw PromqlException.at(src, token.start(),
                "trailing comma not allowed in function call arguments");
          }
        } else if (token.type() == RIGHT_PAREN) {
          break;
        } else {
          throw unexpected("\",\" or \")\"");
        }
      }
    }
    Token close = token;
    advance();
    return open.span().to(close.span());
  }

  String source() {
    return src;
  }

  Token token() {
    return token;
  }

  Span spanFrom(int start) {
    return new Span(start, lastEnd);
  }

  /** Where the token before the current one ended. */
  int lastEnd() {
    return lastEnd;
  }

  void advance() {
    if (token != null) {
      lastEnd = token.end();
    }
    if (lookahead != null) {
      token = lookahead;
      lookahead = null;
    } else {
      token = lexer.next();
    }
  }

  private Token peek() {
    if (lookahead == null) {
      lookahead = lexer.next();
    }
    return lookahead;
  }

  boolean accept(TokenType type) {
    if (token.type() != type) {
      return false;
    }
    advance();
    return true;
  }

  Token expect(TokenType type, String expected) {
    if (token.type() != type) {
      throw unexpected(expected);
    }
    Token matched = token;
    advance();
    return matched;
  }

  PromqlException unexpected(String expected) {
    return PromqlException.at(src, token.start(), "unexpected " + token.describe(), expected);
  }
}
