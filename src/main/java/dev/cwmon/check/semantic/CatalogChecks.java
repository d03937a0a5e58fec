package dev.cwmon.check.semantic;

import dev.cwmon.bind.Names;
import dev.cwmon.check.Check;
import dev.cwmon.check.CheckContext;
import dev.cwmon.check.Queries;
import dev.cwmon.check.QueryIndex;
import dev.cwmon.diag.Severity;
import dev.cwmon.model.Spec;
import dev.cwmon.promql.Aggregate;
import dev.cwmon.promql.Binary;
import dev.cwmon.promql.LabelMatcher;
import dev.cwmon.promql.ValueType;
import dev.cwmon.promql.VectorMatching;
import dev.cwmon.promql.VectorSelector;
import dev.cwmon.promql.Walker;
import java.util.List;

/**
 * Checks every query against the catalog: unknown metrics (CW301), unknown labels in
 * matchers, by/without and on/ignoring (CW302), and matchers no known value satisfies
 * (CW303).
 */
public final class CatalogChecks implements Check {
  @Override
  public void run(Spec spec, CheckContext ctx) {
    SeriesCatalog catalog = SeriesCatalog.of(spec, ctx);
    LabelInference labels = LabelInference.of(spec, ctx);
    for (QueryIndex.Parsed p : QueryIndex.of(spec, ctx).valid()) {
      Queries.Query q = p.query();
      Walker.walk(p.expr(), node -> {
        if (node instanceof VectorSelector s) {
          selector(s, q, catalog, ctx);
        } else if (node instanceof Aggregate a) {
          grouping(a, q, labels, ctx);
        } else if (node instanceof Binary b) {
          matching(b, q, labels, ctx);
        }
      });
    }
  }

  private void selector(VectorSelector s, Queries.Query q, SeriesCatalog catalog,
      CheckContext ctx) {
    String name = LabelInference.metricName(s);
    if (name == null) {
      return;
    }
    SeriesCatalog.Series series = catalog.find(name);
    if (series == null) {
      unknownMetric(name, s, q, catalog, ctx);
      return;
    }
    for (LabelMatcher m : s.matchers()) {
      if (m.name().equals("__name__")) {
        continue;
      }
      if (series.labels().lacks(m.name())) {
        String near = Names.didYouMean(m.name(), series.labels().names());
        Finding.report(ctx, Severity.ERROR, "CW302", q, m.span().start(),
            "unknown label \"" + m.name() + "\" of " + name,
            near != null ? "did you mean \"" + near + "\"?"
                : "its labels are " + String.join(", ", series.labels().sorted()));
      } else if (series.values().containsKey(m.name())) {
        List<String> values = series.values().get(m.name()).stream().sorted().toList();
        if (!MatcherValues.satisfiable(m, values)) {
          Finding.report(ctx, Severity.ERROR, "CW303", q, m.span().start(),
              "no value of " + m.name() + " matches " + m.name() + m.op().symbol() + "\""
                  + m.value() + "\"", m.name() + " of " + name + " is one of "
                  + String.join(", ", values) + " (regular expressions match whole values)");
        }
      }
    }
  }

  private void unknownMetric(String name, VectorSelector s, Queries.Query q,
      SeriesCatalog catalog, CheckContext ctx) {
    if (catalog.isRecorded(name)) {
      return;
    }
    int at = s.span().start();
    if (catalog.histogramBase(name) != null) {
      Finding.report(ctx, Severity.ERROR, "CW301", q, at,
          "histogram " + name + " has no series of its own",
          "select " + name + "_bucket, " + name + "_sum or " + name + "_count");
      return;
    }
    String near = catalog.suggest(name);
    boolean report = name.contains(":") ? near != null
        : catalog.declared() && (catalog.coversNamespace(name) || selectsCatalogJob(s, catalog)
            || near != null);
    if (report) {
      Finding.report(ctx, Severity.ERROR, "CW301", q, at,
          "unknown metric " + name, near != null ? "did you mean \"" + near + "\"?"
              : "add it to the catalog, or correct the name (the catalog lists what "
                  + String.join(", ", catalog.catalogJobs()) + " export)");
    }
  }

  private static boolean selectsCatalogJob(VectorSelector s, SeriesCatalog catalog) {
    return s.matchers().stream().anyMatch(m -> m.name().equals("job")
        && m.op() == LabelMatcher.Op.EQUAL && catalog.catalogJobs().contains(m.value()));
  }

  private void grouping(Aggregate a, Queries.Query q, LabelInference inference,
      CheckContext ctx) {
    if (a.grouping().labels().isEmpty()) {
      return;
    }
    Labels in = inference.of(a.expr());
    for (String label : a.grouping().labels()) {
      if (in.lacks(label)) {
        int at = Finding.find(q.expr(), a.span().start(), a.expr().span().start(), label, -1);
        if (at < 0) {
          at = Finding.find(q.expr(), a.expr().span().end(), a.span().end(), label,
              a.span().start());
        }
        String kind = a.grouping().kind().name().toLowerCase(java.util.Locale.ROOT);
        Finding.report(ctx, Severity.ERROR, "CW302", q, at,
            "label \"" + label + "\" in " + kind + "() is not on the aggregated series",
            hint(label, in));
      }
    }
  }

  private void matching(Binary b, Queries.Query q, LabelInference inference, CheckContext ctx) {
    VectorMatching m = b.matching();
    if (m.axis() == VectorMatching.Axis.NONE && m.include().isEmpty()
        || b.lhs().type() != ValueType.VECTOR || b.rhs().type() != ValueType.VECTOR) {
      return;
    }
    Labels lhs = inference.of(b.lhs());
    Labels rhs = inference.of(b.rhs());
    for (String label : m.labels()) {
      boolean wrong = m.axis() == VectorMatching.Axis.ON ? lhs.lacks(label) || rhs.lacks(label)
          : lhs.lacks(label) && rhs.lacks(label);
      if (wrong) {
        String side = lhs.lacks(label) ? (rhs.lacks(label) ? "either side" : "the left side")
            : "the right side";
        report(b, q, label, "label \"" + label + "\" in " + (m.axis() == VectorMatching.Axis.ON
            ? "on" : "ignoring") + "() is not on " + side, hint(label, lhs.lacks(label) ? lhs
            : rhs), ctx);
      }
    }
    Labels one = m.cardinality() == VectorMatching.Cardinality.ONE_TO_MANY ? lhs : rhs;
    for (String label : m.include()) {
      if (one.lacks(label)) {
        report(b, q, label, "label \"" + label + "\" copied by group_" + (one == lhs
            ? "right" : "left") + "() is not on the other side", hint(label, one), ctx);
      }
    }
  }

  private static void report(Binary b, Queries.Query q, String label, String message,
      String hint, CheckContext ctx) {
    int at = Finding.find(q.expr(), b.lhs().span().end(), b.rhs().span().start(), label,
        b.lhs().span().end());
    Finding.report(ctx, Severity.ERROR, "CW302", q, at, message, hint);
  }

  private static String hint(String label, Labels known) {
    String near = Names.didYouMean(label, known.names());
    return near != null ? "did you mean \"" + near + "\"?"
        : known.names().isEmpty() ? "the series carry no labels here"
        : "the series carry " + String.join(", ", known.sorted());
  }
}
