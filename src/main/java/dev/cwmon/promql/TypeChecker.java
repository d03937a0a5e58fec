package dev.cwmon.promql;

import static dev.cwmon.promql.ValueType.SCALAR;
import static dev.cwmon.promql.ValueType.VECTOR;

import java.util.Objects;

/**
 * Checks value types the way Prometheus does once an expression has parsed: function and
 * aggregation arguments, operand rules of binary operators, subqueries and selectors.
 */
final class TypeChecker {
  private final String src;

  TypeChecker(String src) {
    this.src = src;
  }

  ValueType check(Expr expr) {
    if (expr instanceof Aggregate a) {
      expect(a.expr(), VECTOR, "aggregation expression");
      a.param().ifPresent(p -> expect(p, a.op().paramType(), "aggregation parameter"));
    } else if (expr instanceof Binary b) {
      binary(b);
    } else if (expr instanceof Call c) {
      call(c);
    } else if (expr instanceof Paren p) {
      check(p.expr());
    } else if (expr instanceof Unary u) {
      ValueType t = check(u.expr());
      if (t != SCALAR && t != VECTOR) {
        throw error(u, "unary expression only allowed on scalar or instant vector, got "
            + t.documentedName());
      }
    } else if (expr instanceof Subquery q) {
      ValueType t = check(q.expr());
      if (t != VECTOR) {
        throw error(q, "subquery is only allowed on instant vector, got " + t.documentedName());
      }
    } else if (expr instanceof MatrixSelector m) {
      check(m.selector());
    } else if (expr instanceof VectorSelector v) {
      selector(v);
    }
    return expr.type();
  }

  private void expect(Expr expr, ValueType wanted, String context) {
    ValueType actual = check(expr);
    if (actual != wanted) {
      throw error(expr, "expected type " + wanted.documentedName() + " in " + context
          + ", got " + actual.documentedName());
    }
  }

  private void binary(Binary b) {
    ValueType lt = check(b.lhs());
    ValueType rt = check(b.rhs());
    BinaryOp op = b.op();
    String quoted = Literals.quote(op.symbol());
    if (b.returnBool() && !op.isComparison()) {
      throw error(b, "bool modifier can only be used on comparison operators");
    }
    if (op.isComparison() && !b.returnBool() && lt == SCALAR && rt == SCALAR) {
      throw error(b, "comparisons between scalars must use bool modifier");
    }
    VectorMatching m = b.matching();
    if (m.axis() == VectorMatching.Axis.ON) {
      for (String label : m.include()) {
        if (m.labels().contains(label)) {
          throw error(b, "label " + Literals.quote(label)
              + " must not occur in on and group clause at once");
        }
      }
    }
    operand(b.lhs(), lt);
    operand(b.rhs(), rt);
    if (lt != VECTOR || rt != VECTOR) {
      if (!m.labels().isEmpty()) {
        throw error(b, "vector matching only allowed between instant vectors");
      }
    } else if (op.isSetOperator() && m.cardinality() != VectorMatching.Cardinality.MANY_TO_MANY) {
      throw error(b, "no grouping allowed for " + quoted + " operation");
    }
    if ((lt == SCALAR || rt == SCALAR) && op.isSetOperator()) {
      throw error(b, "set operator " + quoted + " not allowed in binary scalar expression");
    }
  }

  private void operand(Expr operand, ValueType type) {
    if (type != SCALAR && type != VECTOR) {
      throw error(operand, "binary expression must contain only scalar and instant vector "
          + "types, got " + type.documentedName());
    }
  }

  private void call(Call c) {
    Function f = c.function();
    int n = c.args().size();
    String name = Literals.quote(f.name());
    if (n < f.minArgs() || n > f.maxArgs()) {
      String bound = f.minArgs() == f.maxArgs() ? ""
          : n < f.minArgs() ? "at least " : "at most ";
      int wanted = n < f.minArgs() ? f.minArgs() : f.maxArgs();
      throw error(c, "expected " + bound + wanted + " argument(s) in call to " + name
          + ", got " + n);
    }
    for (int i = 0; i < n; i++) {
      expect(c.args().get(i), f.argType(i), "call to function " + name);
    }
  }

  private void selector(VectorSelector v) {
    if (!v.name().isEmpty()) {
      for (LabelMatcher m : v.matchers()) {
        if (m.name().equals("__name__")) {
          throw error(v, "metric name must not be set twice: " + Literals.quote(v.name())
              + " or " + Literals.quote(m.value()));
        }
      }
      return;
    }
    for (LabelMatcher m : v.matchers()) {
      if (!matchesEmpty(m)) {
        return;
      }
    }
    throw error(v, "vector selector must contain at least one non-empty matcher");
  }

  private static boolean matchesEmpty(LabelMatcher m) {
    return switch (m.op()) {
      case EQUAL -> m.value().isEmpty();
      case NOT_EQUAL -> !m.value().isEmpty();
      case REGEX -> Re2Syntax.matchesEmpty(m.value());
      case NOT_REGEX -> !Re2Syntax.matchesEmpty(m.value());
    };
  }

  private PromqlException error(Expr at, String problem) {
    Objects.requireNonNull(at, "at");
    return PromqlException.at(src, at.span().start(), problem);
  }
}
