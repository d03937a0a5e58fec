package dev.cwmon.resolve;

import dev.cwmon.model.catalog.Catalog;
import dev.cwmon.model.catalog.Metric;
import dev.cwmon.model.slo.Latency;
import dev.cwmon.model.slo.Ratio;
import dev.cwmon.model.slo.Selector;
import dev.cwmon.model.slo.Selector.LabelMatcher;
import dev.cwmon.model.slo.Slo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Synthetic counter series for an SLO's indicator: label sets that its selectors do (and do
 * not) select, each counting bad events, good events or all events. Label values come from
 * equality matchers, from the catalog's known values, or from a regex's first alternative.
 */
public final class SloSeries {
  /** What a series counts, per unit of traffic: bad events, good events, or all events. */
  public enum Kind { BAD, GOOD, ALL }

  /** One synthetic counter: metric name, labels, what it counts. */
  public record Part(String metric, Map<String, String> labels, Kind kind) {
    public String series() {
      List<String> parts = new ArrayList<>();
      labels.forEach((k, v) -> parts.add(k + "=" + Selector.quote(v)));
      return metric + "{" + String.join(", ", parts) + "}";
    }
  }

  private SloSeries() {}

  /** The series, or empty when no label set satisfies the selectors as needed. */
  public static Optional<List<Part>> of(Slo slo, Catalog catalog) {
    try {
      Ratio ratio = slo.indicator().ratio();
      if (ratio != null) {
        boolean errors = ratio.errors() != null;
        Selector part = Selector.parse(errors ? ratio.errors() : ratio.good());
        return ratio(part, Selector.parse(ratio.total()), errors, catalog);
      }
      Latency latency = slo.indicator().latency();
      Selector h = Selector.parse(latency.histogram());
      Map<String, String> base = labels(h.matchers(), catalog, h.metric());
      Map<String, String> fast = new LinkedHashMap<>(base);
      fast.put("le", latency.threshold());
      Map<String, String> inf = new LinkedHashMap<>(base);
      inf.put("le", "+Inf");
      return Optional.of(List.of(new Part(h.metric() + "_bucket", fast, Kind.GOOD),
          new Part(h.metric() + "_bucket", inf, Kind.ALL),
          new Part(h.metric() + "_count", base, Kind.ALL)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<List<Part>> ratio(
      Selector part, Selector total, boolean errors, Catalog catalog) {
    Kind partKind = errors ? Kind.BAD : Kind.GOOD;
    Kind otherKind = errors ? Kind.GOOD : Kind.BAD;
    if (!part.metric().equals(total.metric())) {
      return Optional.of(List.of(
          new Part(part.metric(), labels(part.matchers(), catalog, part.metric()), partKind),
          new Part(total.metric(), labels(total.matchers(), catalog, total.metric()),
              Kind.ALL)));
    }
    List<LabelMatcher> both = new ArrayList<>(total.matchers());
    both.addAll(part.matchers());
    Map<String, String> selected = labels(both, catalog, part.metric());
    Map<String, String> other = labels(total.matchers(), catalog, total.metric());
    for (LabelMatcher m : part.matchers()) {
      if (matchesAll(part.matchers(), other)) {
        valueNotMatching(m, total.matchers(), catalog, total.metric())
            .ifPresent(v -> other.put(m.label(), v));
      }
    }
    if (matchesAll(part.matchers(), other) || !matchesAll(total.matchers(), other)) {
      return Optional.empty();
    }
    return Optional.of(List.of(new Part(part.metric(), selected, partKind),
        new Part(total.metric(), other, otherKind)));
  }

  /** A label set that every matcher selects; throws IllegalArgumentException if none found. */
  static Map<String, String> labels(List<LabelMatcher> matchers, Catalog catalog, String metric) {
    Map<String, String> out = new LinkedHashMap<>();
    for (LabelMatcher m : matchers) {
      if (out.containsKey(m.label()) && m.matches(out.get(m.label()))) {
        continue;
      }
      List<String> candidates = candidates(m, catalog, metric);
      String value = candidates.stream()
          .filter(v -> matchers.stream().filter(o -> o.label().equals(m.label()))
              .allMatch(o -> o.matches(v)))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no value for " + m.label()));
      if (!value.isEmpty()) {
        out.put(m.label(), value);
      }
    }
    return out;
  }

  private static Optional<String> valueNotMatching(
      LabelMatcher m, List<LabelMatcher> keep, Catalog catalog, String metric) {
    List<String> candidates = new ArrayList<>(known(catalog, metric, m.label()));
    candidates.add("cwmon_other");
    return candidates.stream()
        .filter(v -> !m.matches(v))
        .filter(v -> keep.stream().filter(o -> o.label().equals(m.label()))
            .allMatch(o -> o.matches(v)))
        .findFirst();
  }

  private static List<String> candidates(LabelMatcher m, Catalog catalog, String metric) {
    List<String> out = new ArrayList<>();
    if (m.op().equals("=")) {
      out.add(m.value());
    }
    out.addAll(known(catalog, metric, m.label()));
    if (m.op().equals("=~")) {
      for (String alt : m.value().split("\\|")) {
        out.add(alt.replace(".*", "").replace(".+", "x").replaceAll("[()^$]", ""));
      }
    }
    out.add("cwmon_test");
    out.add("");
    return out;
  }

  private static List<String> known(Catalog catalog, String metric, String label) {
    return catalog.metrics().stream()
        .filter(x -> x.name().equals(metric) || metric.startsWith(x.name() + "_"))
        .map(Metric::labelValues)
        .flatMap(v -> v.getOrDefault(label, List.of()).stream())
        .toList();
  }

  private static boolean matchesAll(List<LabelMatcher> matchers, Map<String, String> labels) {
    return matchers.stream().allMatch(m -> m.matches(labels.get(m.label())));
  }
}
