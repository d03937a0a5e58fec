package dev.cwmon.check.semantic;

import dev.cwmon.check.Check;
import dev.cwmon.check.CheckContext;
import dev.cwmon.check.Queries;
import dev.cwmon.check.QueryIndex;
import dev.cwmon.diag.Severity;
import dev.cwmon.model.PromDuration;
import dev.cwmon.model.Spec;
import dev.cwmon.promql.Aggregate;
import dev.cwmon.promql.AggregateOp;
import dev.cwmon.promql.Binary;
import dev.cwmon.promql.Call;
import dev.cwmon.promql.Expr;
import dev.cwmon.promql.LabelMatcher;
import dev.cwmon.promql.MatrixSelector;
import dev.cwmon.promql.Subquery;
import dev.cwmon.promql.VectorSelector;
import dev.cwmon.promql.Walker;
import java.util.Set;

/**
 * Checks how series are used: a counter's raw value (CW304), histogram_quantile over
 * something that is no bucket rate or has lost le (CW305), and a rate window shorter than
 * two scrapes (CW306).
 */
public final class UsageChecks implements Check {
  private static final Set<String> WINDOWED = Set.of("rate", "irate", "increase");
  private static final Set<String> EXISTENCE = Set.of("absent", "absent_over_time",
      "timestamp", "present_over_time");

  @Override
  public void run(Spec spec, CheckContext ctx) {
    SeriesCatalog catalog = SeriesCatalog.of(spec, ctx);
    LabelInference labels = LabelInference.of(spec, ctx);
    for (QueryIndex.Parsed p : QueryIndex.of(spec, ctx).valid()) {
      Queries.Query q = p.query();
      counters(p.expr(), true, q, catalog, ctx);
      Walker.walk(p.expr(), node -> {
        if (node instanceof Call c && c.function().name().equals("histogram_quantile")) {
          new HistogramQuantile(catalog, labels, q, ctx).check(c);
        } else if (node instanceof Call c && WINDOWED.contains(c.function().name())
            && c.args().get(0) instanceof MatrixSelector m) {
          window(c, m, q, catalog, ctx);
        }
      });
    }
  }

  /** Reports counters whose raw value is used: not in a range, nor tested for presence. */
  private void counters(Expr e, boolean valueUsed, Queries.Query q, SeriesCatalog catalog,
      CheckContext ctx) {
    if (e instanceof MatrixSelector || e instanceof Subquery) {
      return;
    }
    if (e instanceof VectorSelector s) {
      if (valueUsed) {
        counter(s, q, catalog, ctx);
      }
      return;
    }
    if (e instanceof Call c && (EXISTENCE.contains(c.function().name())
        || c.function().name().equals("histogram_quantile"))) {
      return;
    }
    if (e instanceof Aggregate a && (a.op() == AggregateOp.COUNT || a.op() == AggregateOp.GROUP)) {
      return;
    }
    if (e instanceof Binary b && (b.op() == dev.cwmon.promql.BinaryOp.AND
        || b.op() == dev.cwmon.promql.BinaryOp.UNLESS)) {
      counters(b.lhs(), valueUsed, q, catalog, ctx);
      return;
    }
    for (Expr child : e.children()) {
      counters(child, valueUsed, q, catalog, ctx);
    }
  }

  private void counter(VectorSelector s, Queries.Query q, SeriesCatalog catalog,
      CheckContext ctx) {
    String name = LabelInference.metricName(s);
    if (name == null || catalog.isRecorded(name)) {
      return;
    }
    SeriesCatalog.Series series = catalog.find(name);
    boolean byCatalog = series != null && series.isCounter();
    boolean bySuffix = series == null && name.endsWith("_total");
    if (byCatalog || bySuffix) {
      Finding.report(ctx, bySuffix ? Severity.INFO : Severity.WARNING, "CW304", q,
          s.span().start(),
          "counter " + name + (bySuffix ? " (by its _total suffix)" : "")
              + " is used without rate() or increase()",
          "a counter only grows and resets on restart; compare rate(" + name
              + "[5m]) or increase(" + name + "[1h]) instead");
    }
  }

  private void window(Call c, MatrixSelector m, Queries.Query q, SeriesCatalog catalog,
      CheckContext ctx) {
    String name = LabelInference.metricName(m.selector());
    SeriesCatalog.Series series = name == null ? null : catalog.find(name);
    String job = series != null && series.metric() != null ? series.metric().job() : null;
    if (job == null) {
      job = m.selector().matchers().stream()
          .filter(x -> x.name().equals("job") && x.op() == LabelMatcher.Op.EQUAL)
          .map(LabelMatcher::value).findFirst().orElse(null);
    }
    PromDuration interval = catalog.scrapeInterval(job);
    if (interval == null || m.range().millis() >= 2 * interval.millis()) {
      return;
    }
    boolean ownInterval = job != null && catalog.targets().job(job) != null;
    Finding.report(ctx, Severity.WARNING, "CW306", q, m.span().start(),
        c.function().name() + "() window " + m.range() + " is shorter than two scrapes ("
            + (ownInterval ? "job " + job + " is scraped every " : "the scrape interval is ")
            + interval + ")",
        "use at least " + new PromDuration(2 * interval.millis()) + "; four scrape intervals ("
            + new PromDuration(4 * interval.millis()) + ") tolerate a missed scrape");
  }
}
