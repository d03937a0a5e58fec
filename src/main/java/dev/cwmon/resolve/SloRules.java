package dev.cwmon.resolve;

import dev.cwmon.model.PromDuration;
import dev.cwmon.model.Spec;
import dev.cwmon.model.slo.Latency;
import dev.cwmon.model.slo.Ratio;
import dev.cwmon.model.slo.Selector;
import dev.cwmon.model.slo.Slo;
import dev.cwmon.model.rules.Rule;
import dev.cwmon.model.rules.RuleFile;
import dev.cwmon.model.rules.RuleGroup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Expands SLOs into rules: the error ratio over every window the alerts need, named
 * {@code slo:<name>:error_ratio_rate<window>}; the error budget left over the period; and one
 * multi-window burn-rate alert per {@link BurnWindow} that fits the period and can fire.
 */
public final class SloRules {
  private SloRules() {}

  /** The rule file cwmon writes for the spec's SLOs, e.g. {@code codeweaver-slo-rules.yml}. */
  public static String fileName(Spec spec) {
    return spec.name() + "-slo-rules.yml";
  }

  /** The SLO rule file, or null when the spec has no SLOs. */
  public static RuleFile of(Spec spec) {
    if (spec.slos().isEmpty()) {
      return null;
    }
    List<RuleGroup> groups = new ArrayList<>();
    for (Slo slo : spec.slos()) {
      groups.add(new RuleGroup("slo." + slo.name(), null, null, rules(slo)));
    }
    return new RuleFile(fileName(spec), groups);
  }

  static List<Rule> rules(Slo slo) {
    List<Rule> rules = new ArrayList<>();
    for (PromDuration window : windows(slo)) {
      rules.add(new Rule(null, ratioName(slo, window), errorRatio(slo, window), null, null,
          Map.of(), Map.of()));
    }
    rules.add(new Rule(null, budgetName(slo), "1 - " + ratioName(slo, slo.period()) + " / "
        + budget(slo).toPlainString(), null, null, Map.of(), Map.of()));
    for (BurnWindow w : alerting(slo)) {
      rules.add(alert(slo, w));
    }
    return rules;
  }

  /**
   * The burn-rate windows whose long window fits in the period: all four for 3d and longer,
   * the 1h/5m, 6h/30m and 1d/2h ones for 1d.
   */
  public static List<BurnWindow> inPeriod(Slo slo) {
    return BurnWindow.STANDARD.stream().filter(w -> w.fits(slo.period())).toList();
  }

  /**
   * The burn-rate windows that fit the period and whose threshold an error ratio can exceed:
   * below 1. A low objective (0.9 leaves a 10% budget; 14.4 times that is 1.44) puts the fast
   * windows out of reach.
   */
  public static List<BurnWindow> alerting(Slo slo) {
    return inPeriod(slo).stream()
        .filter(w -> threshold(slo, w).compareTo(BigDecimal.ONE) < 0).toList();
  }

  /**
   * The windows recorded, shortest first: both windows of every alert that fits the period
   * (the dashboard charts those an out-of-reach alert would have used), and the period.
   */
  public static List<PromDuration> windows(Slo slo) {
    TreeSet<PromDuration> windows = new TreeSet<>();
    for (BurnWindow w : inPeriod(slo)) {
      windows.add(w.longWindow());
      windows.add(w.shortWindow());
    }
    windows.add(slo.period());
    return List.copyOf(windows);
  }

  public static String ratioName(Slo slo, PromDuration window) {
    return "slo:" + slo.metricName() + ":error_ratio_rate" + window;
  }

  public static String budgetName(Slo slo) {
    return "slo:" + slo.metricName() + ":error_budget_remaining";
  }

  /** The error budget as a ratio: 1 - objective, e.g. 0.001 for 99.9%. */
  public static BigDecimal budget(Slo slo) {
    return BigDecimal.ONE.subtract(BigDecimal.valueOf(slo.objective())).stripTrailingZeros();
  }

  /** The error-ratio threshold of one alert: factor times budget. */
  public static BigDecimal threshold(Slo slo, BurnWindow w) {
    return w.factor(slo.period()).multiply(budget(slo)).stripTrailingZeros();
  }

  static String errorRatio(Slo slo, PromDuration window) {
    Ratio ratio = slo.indicator().ratio();
    if (ratio != null) {
      String total = rate(Selector.parse(ratio.total()), slo, window);
      if (ratio.errors() != null) {
        return rate(Selector.parse(ratio.errors()), slo, window) + "\n  / " + total;
      }
      return "1 - (\n  " + rate(Selector.parse(ratio.good()), slo, window) + "\n  / " + total
          + "\n)";
    }
    Latency latency = slo.indicator().latency();
    Selector histogram = Selector.parse(latency.histogram());
    Selector fast = histogram.withMetric(histogram.metric() + "_bucket",
        List.of(new Selector.LabelMatcher("le", "=", latency.threshold())));
    Selector all = histogram.withMetric(histogram.metric() + "_count", List.of());
    return "1 - (\n  " + rate(fast, slo, window) + "\n  / " + rate(all, slo, window) + "\n)";
  }

  private static String rate(Selector selector, Slo slo, PromDuration window) {
    String by = slo.by().isEmpty() ? "" : " by (" + String.join(", ", slo.by()) + ")";
    return "sum" + by + " (rate(" + selector + "[" + window + "]))";
  }

  private static Rule alert(Slo slo, BurnWindow w) {
    BigDecimal factor = w.factor(slo.period());
    String expr = ratioName(slo, w.longWindow()) + " > (" + factor.toPlainString() + " * "
        + budget(slo).toPlainString() + ")\nand\n" + ratioName(slo, w.shortWindow()) + " > ("
        + factor.toPlainString() + " * " + budget(slo).toPlainString() + ")";
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("severity", w.severity());
    labels.put("slo", slo.name());
    labels.put("long_window", w.longWindow().toString());
    labels.put("short_window", w.shortWindow().toString());
    slo.labels().forEach(labels::putIfAbsent);
    return new Rule(slo.alertName(), null, expr, null, null, labels, annotations(slo, w));
  }

  /** The alert's annotations; {@code {{ $labels.x }}} names each label of {@code by}. */
  static Map<String, String> annotations(Slo slo, BurnWindow w) {
    String scope = slo.by().isEmpty() ? "" : " for " + String.join(", ",
        slo.by().stream().map(l -> l + "={{ $labels." + l + " }}").toList());
    Map<String, String> out = new LinkedHashMap<>();
    out.put("summary", "SLO " + slo.name() + " is burning its error budget" + scope);
    out.put("description", "At this rate " + w.percent() + " of the " + slo.period()
        + " error budget is spent within " + w.longWindow() + ": the error ratio over "
        + w.longWindow() + " and over " + w.shortWindow() + " is above "
        + w.factor(slo.period()).toPlainString() + " times the budget ("
        + threshold(slo, w).toPlainString() + ")" + scope + ".");
    return out;
  }
}
