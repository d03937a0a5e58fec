package dev.cwmon.check.semantic;

import dev.cwmon.check.CheckContext;
import dev.cwmon.check.Queries;
import dev.cwmon.diag.Severity;
import dev.cwmon.promql.Aggregate;
import dev.cwmon.promql.AggregateOp;
import dev.cwmon.promql.Binary;
import dev.cwmon.promql.BinaryOp;
import dev.cwmon.promql.Call;
import dev.cwmon.promql.Expr;
import dev.cwmon.promql.MatrixSelector;
import dev.cwmon.promql.Paren;
import dev.cwmon.promql.ValueType;
import dev.cwmon.promql.VectorSelector;
import java.util.Set;

/**
 * Checks one histogram_quantile call: its input must be per-second (or per-window) bucket
 * counts that still carry {@code le}.
 */
final class HistogramQuantile {
  private static final Set<String> RATES = Set.of("rate", "irate", "increase");
  private static final Set<String> KEEPING = Set.of("label_replace", "label_join", "sort",
      "sort_desc", "clamp", "clamp_min", "clamp_max", "last_over_time");

  private final SeriesCatalog catalog;
  private final LabelInference labels;
  private final Queries.Query q;
  private final CheckContext ctx;
  private boolean reported;

  HistogramQuantile(SeriesCatalog catalog, LabelInference labels, Queries.Query q,
      CheckContext ctx) {
    this.catalog = catalog;
    this.labels = labels;
    this.q = q;
    this.ctx = ctx;
  }

  void check(Call call) {
    Expr input = call.args().get(1);
    feeds(input, false);
    if (!reported && labels.of(input).lacks("le")) {
      Finding.report(ctx, Severity.ERROR, "CW305", q, input.span().start(),
          "histogram_quantile input has lost the le label",
          "keep le when aggregating buckets: sum by (le) (rate(x_bucket[5m])), or add le to "
              + "by (...)");
    }
  }

  /** Follows the paths that carry the input's series down to their selectors. */
  private void feeds(Expr e, boolean rated) {
    if (e instanceof Paren p) {
      feeds(p.expr(), rated);
    } else if (e instanceof Aggregate a && a.op() != AggregateOp.COUNT_VALUES) {
      feeds(a.expr(), rated);
    } else if (e instanceof Binary bin) {
      if (bin.lhs().type() == ValueType.VECTOR) {
        feeds(bin.lhs(), rated);
      }
      boolean rhsCarries = bin.op() != BinaryOp.AND && bin.op() != BinaryOp.UNLESS;
      if (rhsCarries && bin.rhs().type() == ValueType.VECTOR) {
        feeds(bin.rhs(), rated);
      }
    } else if (e instanceof Call c && RATES.contains(c.function().name())
        && c.args().get(0) instanceof MatrixSelector m) {
      selector(m.selector(), true);
    } else if (e instanceof Call c && KEEPING.contains(c.function().name())) {
      feeds(c.args().get(0), rated);
    } else if (e instanceof VectorSelector s) {
      selector(s, rated);
    }
  }

  private void selector(VectorSelector s, boolean rated) {
    String name = LabelInference.metricName(s);
    if (name == null || catalog.isRecorded(name)) {
      return;
    }
    SeriesCatalog.Series series = catalog.find(name);
    boolean notBucket = series != null && series.metric() != null && !series.isBucket();
    boolean raw = !rated && (series != null && series.isBucket()
        || series == null && name.endsWith("_bucket"));
    reported |= notBucket || raw;
    if (notBucket) {
      Finding.report(ctx, Severity.ERROR, "CW305", q, s.span().start(),
          "histogram_quantile over " + name + ", which is not a histogram's _bucket series",
          "give it rate(" + bucketHint(series) + "[5m]) summed by le");
    } else if (raw) {
      Finding.report(ctx, Severity.ERROR, "CW305", q, s.span().start(),
          "histogram_quantile over the raw bucket counters of " + name,
          "take the rate first: histogram_quantile(0.95, sum by (le) (rate(" + name
              + "[5m])))");
    }
  }

  private static String bucketHint(SeriesCatalog.Series series) {
    return series.metric().type() == dev.cwmon.model.catalog.Metric.MetricType.HISTOGRAM
        ? series.metric().name() + "_bucket" : "a_histogram_bucket";
  }
}
