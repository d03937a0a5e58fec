package dev.cwmon.check;

import dev.cwmon.model.PromDuration;
import dev.cwmon.model.Spec;
import dev.cwmon.model.slo.Indicator;
import dev.cwmon.model.slo.Latency;
import dev.cwmon.model.slo.Ratio;
import dev.cwmon.model.slo.Selector;
import dev.cwmon.model.slo.Slo;
import dev.cwmon.resolve.BurnWindow;
import dev.cwmon.resolve.SloDashboards;
import dev.cwmon.resolve.SloRules;
import dev.cwmon.resolve.SloSeries;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks of SLOs: what cwmon needs to expand them into rules, tests and a dashboard. They run
 * on the spec as written, before resolve expands the SLOs.
 */
public final class SloChecks implements Check {
  private static final Set<String> GENERATED_LABELS =
      Set.of("severity", "slo", "long_window", "short_window");

  @Override
  public void run(Spec spec, CheckContext ctx) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < spec.slos().size(); i++) {
      Slo slo = spec.slos().get(i);
      String path = "slos[" + i + "]";
      if (!LabelNames.isSafeFileName(slo.name())) {
        ctx.error("CW191", path + ".name", "bad SLO name \"" + slo.name() + "\"",
            "use letters, digits, - and _, e.g. codeweaver-availability");
      } else if (!names.add(slo.metricName())) {
        ctx.error("CW191", path + ".name", "SLO name \"" + slo.name() + "\" is used twice",
            "give each SLO its own name");
      }
      if (slo.objective() <= 0 || slo.objective() >= 1) {
        ctx.error("CW191", path + ".objective", "objective " + slo.objective()
            + " is not between 0 and 1", "write the share of good events, e.g. 0.999 for 99.9%");
      }
      PromDuration shortest = BurnWindow.shortestLongWindow();
      boolean periodFits = slo.period().compareTo(shortest) >= 0;
      if (!periodFits) {
        ctx.error("CW191", path + ".period", "period " + slo.period() + " is shorter than "
            + shortest + ", the long window of the fastest burn-rate alert: no alert fits",
            "use a period of at least " + shortest + "; 28d or 30d are common");
      } else {
        outOfPeriod(slo, path, ctx);
        weakPages(slo, path, ctx);
      }
      if (slo.objective() > 0 && slo.objective() < 1 && periodFits) {
        unreachable(slo, path, ctx);
      }
      indicator(slo.indicator(), path + ".indicator", ctx);
      for (String label : slo.by()) {
        if (!LabelNames.isLabel(label)) {
          ctx.error("CW191", path + ".by", "bad label name \"" + label + "\" in by",
              "label names are letters, digits and _");
        }
      }
      for (String label : slo.labels().keySet()) {
        if (GENERATED_LABELS.contains(label) || !LabelNames.isLabel(label)) {
          ctx.error("CW191", path + ".labels." + label, "label \"" + label
              + "\" cannot be set on SLO alerts", "cwmon sets " + GENERATED_LABELS
              + " itself; use another name");
        }
      }
      if (!ctx.diagnostics().hasErrors() && SloSeries.of(slo, spec.catalog()).isEmpty()) {
        ctx.warning("CW194", path + ".indicator", "no test series for SLO \"" + slo.name()
            + "\": no label values satisfy its selectors as needed",
            "use equality matchers, or list the label's values in the catalog");
      }
    }
    dashboard(spec, ctx);
  }

  /**
   * Burn-rate alerts whose long window is longer than the period are left out, and said so:
   * a 1d SLO has no 3d/6h ticket.
   */
  private static void outOfPeriod(Slo slo, String path, CheckContext ctx) {
    List<String> dropped = BurnWindow.STANDARD.stream().filter(w -> !w.fits(slo.period()))
        .map(w -> w.pair() + " (" + w.severity() + ")").toList();
    if (dropped.isEmpty()) {
      return;
    }
    boolean one = dropped.size() == 1;
    ctx.info("CW197", path + ".period", "period " + slo.period() + " is shorter than the long "
        + "window of " + (one ? "the burn-rate alert " : dropped.size() + " burn-rate alerts, ")
        + String.join(", ", dropped) + (one ? ", which cwmon leaves out" : ": cwmon leaves "
        + "them out"), "nothing to fix for a short SLO; a period of at least "
        + BurnWindow.longest() + " keeps all " + count(BurnWindow.STANDARD.size()));
  }

  /**
   * A page whose burn-rate factor is below 1 fires while the SLO is still being met: on a
   * period of a few days the workbook's budget shares give such factors (6h/30m on 2d: 0.4).
   */
  private static void weakPages(Slo slo, String path, CheckContext ctx) {
    for (BurnWindow w : BurnWindow.STANDARD) {
      if (w.severity().equals("critical") && w.fits(slo.period())
          && w.factor(slo.period()).compareTo(java.math.BigDecimal.ONE) < 0) {
        ctx.warning("CW198", path + ".period", "the " + w.pair() + " page fires at burn rate "
            + w.factor(slo.period()).toPlainString() + " on a period of " + slo.period()
            + ", below 1: it pages while the SLO is still being met",
            "use a period of at least 5d for pages, or silence CW198 with the reason if this"
                + " SLO is meant to page early");
      }
    }
  }

  /** Burn-rate alerts a low objective puts out of reach are left out, and said so. */
  private static void unreachable(Slo slo, String path, CheckContext ctx) {
    List<BurnWindow> fitting = SloRules.inPeriod(slo);
    List<BurnWindow> kept = SloRules.alerting(slo);
    for (BurnWindow w : fitting) {
      if (!kept.contains(w)) {
        ctx.warning("CW196", path + ".objective", "objective " + slo.objective() + " leaves a "
            + "budget so large that the " + w.pair() + " "
            + w.severity() + " alert would need an error ratio of "
            + SloRules.threshold(slo, w).toPlainString()
            + ", above 1: cwmon leaves that alert out", kept.isEmpty()
                ? "no burn-rate alert remains; raise the objective"
                : "the slower alerts remain; an objective of at least "
                    + minimumObjective(slo) + " keeps " + (fitting.size() == 1 ? "it"
                        : "all " + count(fitting.size())));
      }
    }
  }

  /** A small number as a word, as in "keeps all four". */
  private static String count(int n) {
    List<String> words = List.of("no", "one", "two", "three", "four", "five", "six");
    return n < words.size() ? words.get(n) : Integer.toString(n);
  }

  /** The lowest objective for which every burn-rate threshold of the period stays below 1. */
  private static String minimumObjective(Slo slo) {
    BigDecimal factor = SloRules.inPeriod(slo).stream()
        .map(w -> w.factor(slo.period())).max(BigDecimal::compareTo).orElseThrow();
    return BigDecimal.ONE.subtract(BigDecimal.ONE.divide(factor,
        new MathContext(4, RoundingMode.DOWN))).toPlainString();
  }

  /** A spec that uses Grafana gets the SLO dashboard, which needs a Prometheus data source. */
  private static void dashboard(Spec spec, CheckContext ctx) {
    boolean grafana = spec.grafana() != null || !spec.dashboards().isEmpty();
    if (spec.slos().isEmpty() || !grafana || SloDashboards.datasource(spec) != null) {
      return;
    }
    ctx.warning("CW195", spec.grafana() != null ? "grafana.datasources" : "dashboards",
        "no dashboard " + SloDashboards.uid(spec) + " for the SLOs: grafana.datasources "
            + "declares no prometheus data source", "declare one (type: prometheus, uid: "
            + "prometheus, url: ...) under grafana.datasources, or silence CW195 in lint");
  }

  private void indicator(Indicator indicator, String path, CheckContext ctx) {
    if ((indicator.ratio() == null) == (indicator.latency() == null)) {
      ctx.error("CW191", path, "an indicator needs exactly one of ratio and latency",
          "write ratio: {errors: ..., total: ...} or latency: {histogram: ..., threshold: ...}");
      return;
    }
    Ratio ratio = indicator.ratio();
    if (ratio != null) {
      if ((ratio.errors() == null) == (ratio.good() == null)) {
        ctx.error("CW191", path + ".ratio", "a ratio needs exactly one of errors and good",
            "count bad events with errors:, or good events with good:");
      }
      selector(ratio.errors(), path + ".ratio.errors", ctx);
      selector(ratio.good(), path + ".ratio.good", ctx);
      selector(ratio.total(), path + ".ratio.total", ctx);
      return;
    }
    Latency latency = indicator.latency();
    selector(latency.histogram(), path + ".latency.histogram", ctx);
    double threshold;
    try {
      threshold = Double.parseDouble(latency.threshold());
    } catch (NumberFormatException e) {
      threshold = -1;
    }
    if (!(threshold > 0) || Double.isInfinite(threshold)) {
      ctx.error("CW191", path + ".latency.threshold", "threshold \"" + latency.threshold()
          + "\" is not a positive number", "write a bucket bound in seconds, as in the le label");
    }
  }

  private void selector(String text, String path, CheckContext ctx) {
    if (text == null) {
      return;
    }
    try {
      Selector.parse(text);
    } catch (IllegalArgumentException e) {
      ctx.error("CW191", path, e.getMessage(),
          "write a metric name with optional matchers, e.g. requests_total{status=\"error\"}");
    }
  }
}
