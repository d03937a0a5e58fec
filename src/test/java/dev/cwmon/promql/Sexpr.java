package dev.cwmon.promql;

import java.util.stream.Collectors;

/** Renders an AST as a compact S-expression so tests can state its shape in one string. */
final class Sexpr {
  private Sexpr() {}

  static String of(String promql) {
    return of(PromQL.parse(promql));
  }

  static String of(Expr e) {
    if (e instanceof NumberLiteral n) {
      double v = n.value();
      return v == Math.rint(v) && !Double.isInfinite(v) ? Long.toString((long) v) : "" + v;
    }
    if (e instanceof StringLiteral s) {
      return "'" + s.value() + "'";
    }
    if (e instanceof VectorSelector v) {
      String matchers = v.matchers().stream()
          .map(m -> m.name() + m.op().symbol() + "'" + m.value() + "'")
          .collect(Collectors.joining(","));
      String text = v.name() + (matchers.isEmpty() ? "" : "{" + matchers + "}");
      return text + modifiers(v.offset(), v.at());
    }
    if (e instanceof MatrixSelector m) {
      return "(range " + of(m.selector()) + " " + m.range() + ")";
    }
    if (e instanceof Subquery q) {
      String step = q.step().map(Object::toString).orElse("");
      return "(subquery " + of(q.expr()) + " " + q.range() + ":" + step
          + modifiers(q.offset(), q.at()) + ")";
    }
    if (e instanceof Aggregate a) {
      String grouping = a.grouping().kind() == Grouping.Kind.NONE ? ""
          : " " + a.grouping().kind().name().toLowerCase() + a.grouping().labels();
      String param = a.param().map(p -> " " + of(p)).orElse("");
      return "(" + a.op().keyword() + grouping + param + " " + of(a.expr()) + ")";
    }
    if (e instanceof Binary b) {
      VectorMatching m = b.matching();
      String matching = m.axis() == VectorMatching.Axis.NONE ? ""
          : " " + m.axis().name().toLowerCase() + m.labels();
      if (m.cardinality() == VectorMatching.Cardinality.MANY_TO_ONE) {
        matching += " group_left" + m.include();
      } else if (m.cardinality() == VectorMatching.Cardinality.ONE_TO_MANY) {
        matching += " group_right" + m.include();
      }
      return "(" + b.op().symbol() + (b.returnBool() ? " bool" : "") + matching + " "
          + of(b.lhs()) + " " + of(b.rhs()) + ")";
    }
    if (e instanceof Unary u) {
      return "(" + (u.op() == Unary.Op.MINUS ? "-" : "+") + " " + of(u.expr()) + ")";
    }
    if (e instanceof Paren p) {
      return "[" + of(p.expr()) + "]";
    }
    Call c = (Call) e;
    return "(" + c.function().name() + c.args().stream().map(a -> " " + of(a))
        .collect(Collectors.joining()) + ")";
  }

  private static String modifiers(java.time.Duration offset, AtModifier at) {
    String text = offset.isZero() ? "" : " offset " + offset.toMillis() + "ms";
    return switch (at.kind()) {
      case NONE -> text;
      case START -> text + " @start";
      case END -> text + " @end";
      case TIMESTAMP -> text + " @" + at.timestamp();
    };
  }
}
