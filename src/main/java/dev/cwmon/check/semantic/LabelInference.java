package dev.cwmon.check.semantic;

import dev.cwmon.check.CheckContext;
import dev.cwmon.check.QueryIndex;
import dev.cwmon.model.Spec;
import dev.cwmon.model.rules.Rule;
import dev.cwmon.promql.Aggregate;
import dev.cwmon.promql.AggregateOp;
import dev.cwmon.promql.Binary;
import dev.cwmon.promql.Call;
import dev.cwmon.promql.Expr;
import dev.cwmon.promql.LabelMatcher;
import dev.cwmon.promql.MatrixSelector;
import dev.cwmon.promql.Paren;
import dev.cwmon.promql.StringLiteral;
import dev.cwmon.promql.Subquery;
import dev.cwmon.promql.Unary;
import dev.cwmon.promql.ValueType;
import dev.cwmon.promql.VectorMatching;
import dev.cwmon.promql.VectorSelector;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The label names a query's result carries, as Prometheus 2.42 computes them: selectors carry
 * their catalog labels, aggregations keep their by labels, binary operations follow on,
 * ignoring and group_left, and label_replace adds its target. Where anything is unknown the
 * result is {@link Labels#UNKNOWN}, so that checks built on it report only certainties.
 * {@code __name__} is never part of the result.
 */
public final class LabelInference {
  private final SeriesCatalog catalog;
  private final Map<Rule, Expr> ruleExprs = new IdentityHashMap<>();
  private final Map<Expr, Labels> memo = new IdentityHashMap<>();
  private final Map<String, Labels> recorded = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();

  private LabelInference(SeriesCatalog catalog, QueryIndex queries) {
    this.catalog = catalog;
    for (QueryIndex.Parsed p : queries.valid()) {
      if (p.query().rule() != null) {
        ruleExprs.put(p.query().rule(), p.expr());
      }
    }
  }

  public static LabelInference of(Spec spec, CheckContext ctx) {
    return ctx.shared(LabelInference.class, () ->
        new LabelInference(SeriesCatalog.of(spec, ctx), QueryIndex.of(spec, ctx)));
  }

  /** The labels of {@code expr}'s result. */
  public Labels of(Expr expr) {
    Labels known = memo.get(expr);
    if (known == null) {
      known = compute(expr);
      memo.put(expr, known);
    }
    return known;
  }

  private Labels compute(Expr expr) {
    if (expr instanceof VectorSelector s) {
      return selector(s);
    } else if (expr instanceof MatrixSelector m) {
      return of(m.selector());
    } else if (expr instanceof Subquery s) {
      return of(s.expr());
    } else if (expr instanceof Paren p) {
      return of(p.expr());
    } else if (expr instanceof Unary u) {
      return of(u.expr());
    } else if (expr instanceof Aggregate a) {
      return aggregate(a);
    } else if (expr instanceof Binary b) {
      return binary(b);
    } else if (expr instanceof Call c) {
      return call(c);
    }
    return Labels.NONE;
  }

  /** The metric name a selector selects, or null when it selects by regex or not at all. */
  public static String metricName(VectorSelector s) {
    if (!s.name().isEmpty()) {
      return s.name();
    }
    for (LabelMatcher m : s.matchers()) {
      if (m.name().equals("__name__") && m.op() == LabelMatcher.Op.EQUAL) {
        return m.value();
      }
    }
    return null;
  }

  private Labels selector(VectorSelector s) {
    String name = metricName(s);
    if (name == null) {
      return Labels.UNKNOWN;
    }
    SeriesCatalog.Series series = catalog.find(name);
    if (series != null) {
      return series.labels();
    }
    return catalog.isRecorded(name) ? recorded(name) : Labels.UNKNOWN;
  }

  /** A recording rule's labels: its expression's, plus its own static labels. */
  public Labels recorded(String name) {
    Labels known = recorded.get(name);
    if (known != null) {
      return known;
    }
    if (!inProgress.add(name)) {
      return Labels.UNKNOWN;
    }
    Labels out = null;
    for (Rule rule : catalog.recordingRules(name)) {
      Expr e = ruleExprs.get(rule);
      Labels one = e == null ? Labels.UNKNOWN : of(e).plus(rule.labels().keySet());
      out = out == null ? one : out.union(one);
    }
    inProgress.remove(name);
    out = out == null ? Labels.UNKNOWN : out;
    recorded.put(name, out);
    return out;
  }

  private Labels aggregate(Aggregate a) {
    Labels in = of(a.expr());
    if (a.op() == AggregateOp.TOPK || a.op() == AggregateOp.BOTTOMK) {
      return in;
    }
    Labels out = switch (a.grouping().kind()) {
      case NONE -> Labels.NONE;
      case BY -> in.only(a.grouping().labels());
      case WITHOUT -> in.minus(a.grouping().labels());
    };
    if (a.op() == AggregateOp.COUNT_VALUES && a.param().orElse(null) instanceof StringLiteral s) {
      out = out.plus(List.of(s.value()));
    }
    return out;
  }

  private Labels binary(Binary b) {
    boolean lhsScalar = b.lhs().type() == ValueType.SCALAR;
    boolean rhsScalar = b.rhs().type() == ValueType.SCALAR;
    if (lhsScalar && rhsScalar) {
      return Labels.NONE;
    }
    if (lhsScalar || rhsScalar) {
      return of(lhsScalar ? b.rhs() : b.lhs());
    }
    if (b.op().isSetOperator()) {
      return b.op() == dev.cwmon.promql.BinaryOp.OR ? of(b.lhs()).union(of(b.rhs()))
          : of(b.lhs());
    }
    VectorMatching m = b.matching();
    return switch (m.cardinality()) {
      case MANY_TO_ONE -> of(b.lhs()).plus(m.include());
      case ONE_TO_MANY -> of(b.rhs()).plus(m.include());
      default -> switch (m.axis()) {
        case ON -> of(b.lhs()).only(m.labels());
        case IGNORING -> of(b.lhs()).minus(m.labels());
        case NONE -> of(b.lhs());
      };
    };
  }

  private Labels call(Call c) {
    List<Expr> args = c.args();
    switch (c.function().name()) {
      case "vector", "time", "pi", "scalar":
        return Labels.NONE;
      case "absent", "absent_over_time":
        return absent(args.get(0));
      case "label_replace", "label_join":
        return args.get(1) instanceof StringLiteral dst ? of(args.get(0)).plus(List.of(dst.value()))
            : Labels.UNKNOWN;
      case "histogram_quantile", "histogram_fraction":
        return of(args.get(args.size() - 1)).minus(List.of("le"));
      default:
        for (Expr arg : args) {
          if (arg.type() == ValueType.VECTOR || arg.type() == ValueType.MATRIX) {
            return of(arg);
          }
        }
        return Labels.NONE;
    }
  }

  /** absent() returns the labels of its selector's equality matchers, or none. */
  private static Labels absent(Expr arg) {
    Expr inner = arg instanceof MatrixSelector m ? m.selector() : arg;
    if (!(inner instanceof VectorSelector s)) {
      return Labels.NONE;
    }
    Set<String> names = new HashSet<>();
    for (LabelMatcher m : s.matchers()) {
      if (m.op() == LabelMatcher.Op.EQUAL && !m.name().equals("__name__")) {
        names.add(m.name());
      }
    }
    return Labels.of(names);
  }
}
