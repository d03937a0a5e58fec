package dev.cwmon.resolve;

import dev.cwmon.model.PromDuration;
import dev.cwmon.model.Spec;
import dev.cwmon.model.slo.Slo;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code promtool test rules} files that prove each SLO's alerts: for every burn-rate alert,
 * traffic whose error ratio is 5% above its threshold (the alert fires at the end of its long
 * window) and 5% below (it does not). Alerts with a lower threshold fire too, and are expected.
 */
public final class SloTests {
  /** How far above and below a threshold the synthetic error ratio lies. */
  static final BigDecimal MARGIN = new BigDecimal("0.05");
  private static final BigDecimal EVENTS_PER_STEP = new BigDecimal(1000);
  /** Rules are evaluated at every long window's end, and only as often as that needs. */
  private static final PromDuration EVALUATION = new PromDuration(BurnWindow.STANDARD.stream()
      .mapToLong(w -> w.longWindow().millis()).reduce(SloTests::gcd).orElseThrow());
  private static final PromDuration MINUTE = PromDuration.parseOrNull("1m");

  private SloTests() {}

  /** One test file: where it goes and its document tree. */
  public record TestFile(String path, Map<String, Object> doc) {}

  public static String path(Slo slo) {
    return "tests/" + slo.name() + "-slo-tests.yml";
  }

  /** A test file per SLO whose series cwmon can synthesize, in spec order. */
  public static List<TestFile> of(Spec spec) {
    List<TestFile> files = new ArrayList<>();
    for (Slo slo : spec.slos()) {
      Optional<List<SloSeries.Part>> parts = SloSeries.of(slo, spec.catalog());
      if (parts.isEmpty()) {
        continue;
      }
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("rule_files", List.of("../" + SloRules.fileName(spec)));
      doc.put("evaluation_interval", EVALUATION.toString());
      List<Object> tests = new ArrayList<>();
      for (BurnWindow w : SloRules.alerting(slo)) {
        tests.add(test(spec, slo, w, parts.get(), BigDecimal.ONE.add(MARGIN), "above"));
        tests.add(test(spec, slo, w, parts.get(), BigDecimal.ONE.subtract(MARGIN), "below"));
      }
      doc.put("tests", tests);
      files.add(new TestFile(path(slo), doc));
    }
    return files;
  }

  private static Map<String, Object> test(Spec spec,
      Slo slo, BurnWindow w, List<SloSeries.Part> parts, BigDecimal scale, String side) {
    // An error ratio cannot pass 1 (every event bad), which is above any reachable threshold.
    BigDecimal ratio = SloRules.threshold(slo, w).multiply(scale).min(BigDecimal.ONE);
    PromDuration step = step(w);
    long steps = w.longWindow().millis() / step.millis();
    Map<String, Object> test = new LinkedHashMap<>();
    test.put("name", slo.name() + ": error ratio " + ratio.toPlainString() + ", 5% " + side
        + " the " + w.longWindow() + "/" + w.shortWindow() + " threshold");
    test.put("interval", step.toString());
    List<Object> series = new ArrayList<>();
    for (SloSeries.Part part : parts) {
      series.add(series(part, burning(slo, part), perStep(part.kind(), ratio), steps));
    }
    if (!slo.by().isEmpty()) {
      for (SloSeries.Part part : parts) {
        BigDecimal inc = perStep(part.kind(), BigDecimal.ZERO);
        if (inc.signum() > 0) {
          series.add(series(part, healthy(slo, part), inc, steps));
        }
      }
    }
    test.put("input_series", series);
    Map<String, Object> alertTest = new LinkedHashMap<>();
    alertTest.put("eval_time", w.longWindow().toString());
    alertTest.put("alertname", slo.alertName());
    List<Object> expected = new ArrayList<>();
    for (BurnWindow other : SloRules.alerting(slo)) {
      if (ratio.compareTo(SloRules.threshold(slo, other)) > 0) {
        expected.add(expectedAlert(spec, slo, other));
      }
    }
    alertTest.put("exp_alerts", expected);
    test.put("alert_rule_test", List.of(alertTest));
    return test;
  }

  /**
   * Samples every sixth of the short window (whole minutes, at least 1m): enough for its rate,
   * and few enough that promtool runs a 3d window in a second. Pairs with a shorter short
   * window see too few samples and stay silent, which they would anyway: their thresholds
   * are higher.
   */
  private static PromDuration step(BurnWindow w) {
    long minutes = w.shortWindow().millis() / 6 / MINUTE.millis();
    return new PromDuration(Math.max(1, minutes) * MINUTE.millis());
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  private static Map<String, Object> series(
      SloSeries.Part part, Map<String, String> labels, BigDecimal inc, long steps) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("series", new SloSeries.Part(part.metric(), labels, part.kind()).series());
    out.put("values", "0+" + inc.toPlainString() + "x" + steps);
    return out;
  }

  private static BigDecimal perStep(SloSeries.Kind kind, BigDecimal ratio) {
    BigDecimal n = switch (kind) {
      case BAD -> EVENTS_PER_STEP.multiply(ratio);
      case GOOD -> EVENTS_PER_STEP.multiply(BigDecimal.ONE.subtract(ratio));
      case ALL -> EVENTS_PER_STEP;
    };
    return n.round(MathContext.DECIMAL64).stripTrailingZeros();
  }

  /** The labels of the burning series: each {@code by} label set to {@code <label>-a}. */
  private static Map<String, String> burning(Slo slo, SloSeries.Part part) {
    Map<String, String> labels = new LinkedHashMap<>(part.labels());
    slo.by().forEach(l -> labels.putIfAbsent(l, l + "-a"));
    return labels;
  }

  /** A second, healthy scope ({@code <label>-b}) that must raise no alert. */
  private static Map<String, String> healthy(Slo slo, SloSeries.Part part) {
    Map<String, String> labels = new LinkedHashMap<>(part.labels());
    slo.by().forEach(l -> labels.put(l, l + "-b"));
    return labels;
  }

  private static Map<String, Object> expectedAlert(Spec spec, Slo slo, BurnWindow w) {
    Map<String, Object> labels = new LinkedHashMap<>();
    labels.put("severity", w.severity());
    labels.put("slo", slo.name());
    labels.put("long_window", w.longWindow().toString());
    labels.put("short_window", w.shortWindow().toString());
    slo.labels().forEach(labels::putIfAbsent);
    slo.by().forEach(l -> labels.put(l, l + "-a"));
    Map<String, Object> annotations = new LinkedHashMap<>();
    SloRules.annotations(slo, w).forEach((k, v) -> annotations.put(k, fill(slo, v)));
    var playbook = spec.playbooks().alerts().get(slo.alertName());
    if (playbook != null && playbook.runbookUrl() != null) {
      annotations.put("runbook_url", playbook.runbookUrl());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("exp_labels", labels);
    out.put("exp_annotations", annotations);
    return out;
  }

  private static String fill(Slo slo, String template) {
    String out = template;
    for (String l : slo.by()) {
      out = out.replace("{{ $labels." + l + " }}", l + "-a");
    }
    return out;
  }
}
