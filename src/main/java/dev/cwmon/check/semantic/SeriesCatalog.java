package dev.cwmon.check.semantic;

import dev.cwmon.bind.Names;
import dev.cwmon.check.CheckContext;
import dev.cwmon.model.PromDuration;
import dev.cwmon.model.Spec;
import dev.cwmon.model.catalog.Metric;
import dev.cwmon.model.catalog.Metric.MetricType;
import dev.cwmon.model.prometheus.ScrapeConfig;
import dev.cwmon.model.rules.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every series name a query may select, indexed by name: the catalog's metrics (histograms
 * and summaries as their {@code _bucket}, {@code _sum}, {@code _count} series), the series
 * every scrape produces, {@code ALERTS}, and the spec's recording rules. Built once per run.
 */
public final class SeriesCatalog {
  /** Where a series name comes from. */
  public enum Origin { CATALOG, SCRAPE, BUILTIN }

  /**
   * One selectable series name. {@code values} holds, per label, every value it takes where
   * known; {@code suffix} is "_bucket", "_sum", "_count" or "" for the catalog metric's own.
   */
  public record Series(String name, Origin origin, Metric metric, String suffix, Labels labels,
      Map<String, Set<String>> values) {
    /** Whether the series is a counter: a counter, or a histogram's or summary's parts. */
    public boolean isCounter() {
      return metric != null && (metric.type() == MetricType.COUNTER || !suffix.isEmpty());
    }

    public boolean isBucket() {
      return suffix.equals("_bucket");
    }
  }

  static final List<String> SCRAPE_SERIES = List.of("up", "scrape_duration_seconds",
      "scrape_samples_scraped", "scrape_samples_post_metric_relabeling", "scrape_series_added",
      "scrape_timeout_seconds", "scrape_sample_limit", "scrape_body_size_bytes");
  private static final PromDuration PROMETHEUS_DEFAULT = PromDuration.ofSeconds(60);

  private final Map<String, Series> series = new HashMap<>();
  private final Map<String, List<Rule>> recorded = new HashMap<>();
  private final Map<String, List<String>> byNamespace = new HashMap<>();
  private final Map<String, String> histogramBases = new HashMap<>();
  private final Set<String> catalogJobs = new LinkedHashSet<>();
  private final Set<String> catalogNamespaces = new HashSet<>();
  private final ScrapeTargets targets;
  private final boolean catalogDeclared;

  private SeriesCatalog(Spec spec) {
    targets = ScrapeTargets.of(spec.prometheus());
    catalogDeclared = !spec.catalog().metrics().isEmpty();
    for (Metric m : spec.catalog().metrics()) {
      addMetric(m);
    }
    Map<String, Set<String>> jobValues = targets.jobValues();
    for (String name : SCRAPE_SERIES) {
      series.put(name, new Series(name, Origin.SCRAPE, null, "", targets.scrapeLabels(),
          jobValues));
    }
    for (String name : List.of("ALERTS", "ALERTS_FOR_STATE")) {
      series.put(name, new Series(name, Origin.BUILTIN, null, "", Labels.UNKNOWN, Map.of()));
    }
    spec.rules().forEach(f -> f.groups().forEach(g -> g.rules().forEach(r -> {
      if (r.record() != null) {
        boolean fresh = !recorded.containsKey(r.record());
        recorded.computeIfAbsent(r.record(), k -> new ArrayList<>()).add(r);
        if (fresh) {
          index(r.record());
        }
      }
    })));
  }

  public static SeriesCatalog of(Spec spec, CheckContext ctx) {
    return ctx.shared(SeriesCatalog.class, () -> new SeriesCatalog(spec));
  }

  private void addMetric(Metric m) {
    if (m.job() != null) {
      catalogJobs.add(m.job());
    }
    catalogNamespaces.add(namespace(m.name()));
    Labels base = Labels.of(m.labels()).plus(List.of("job", "instance"))
        .union(targets.targetLabels(m.job()));
    Map<String, Set<String>> values = new HashMap<>();
    m.labelValues().forEach((label, vs) -> values.put(label, Set.copyOf(vs)));
    if (m.job() != null && targets.jobKept() && !m.labelValues().containsKey("job")) {
      values.put("job", Set.of(m.job()));
    }
    switch (m.type()) {
      case HISTOGRAM -> {
        put(m, "_bucket", base.plus(List.of("le")), values);
        put(m, "_sum", base, values);
        put(m, "_count", base, values);
        histogramBases.put(m.name(), "histogram");
      }
      case SUMMARY -> {
        put(m, "", base.plus(List.of("quantile")), values);
        put(m, "_sum", base, values);
        put(m, "_count", base, values);
      }
      default -> put(m, "", base, values);
    }
  }

  private void put(Metric m, String suffix, Labels labels, Map<String, Set<String>> values) {
    String name = m.name() + suffix;
    if (series.putIfAbsent(name, new Series(name, Origin.CATALOG, m, suffix, labels, values))
        == null) {
      index(name);
    }
  }

  private void index(String name) {
    byNamespace.computeIfAbsent(namespace(name), k -> new ArrayList<>()).add(name);
  }

  /** The name's first word with its separator: {@code codeweaver_} of codeweaver_up. */
  static String namespace(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_' || c == ':') {
        return name.substring(0, i + 1);
      }
    }
    return name;
  }

  /** The series of {@code name}, or null when neither catalog nor scrape defines it. */
  public Series find(String name) {
    return series.get(name);
  }

  public boolean isRecorded(String name) {
    return recorded.containsKey(name);
  }

  public List<Rule> recordingRules(String name) {
    return recorded.getOrDefault(name, List.of());
  }

  /** "histogram" when {@code name} is a classic histogram's own name, which has no series. */
  public String histogramBase(String name) {
    return histogramBases.get(name);
  }

  public boolean declared() {
    return catalogDeclared;
  }

  public Set<String> catalogJobs() {
    return catalogJobs;
  }

  public ScrapeTargets targets() {
    return targets;
  }

  /**
   * The known name nearest to {@code name}, looked up among names of its namespace or of a
   * nearly equal one (codeweavr_ for codeweaver_); null when none is close.
   */
  public String suggest(String name) {
    String ns = namespace(name);
    List<String> candidates = byNamespace.get(ns);
    if (candidates == null) {
      String near = Names.didYouMean(ns, byNamespace.keySet());
      candidates = near == null ? List.of() : byNamespace.get(near);
    }
    return Names.didYouMean(name, candidates);
  }

  /** Whether the catalog covers {@code namespace}: one of its metrics starts with it. */
  public boolean coversNamespace(String name) {
    return catalogNamespaces.contains(namespace(name));
  }

  /** The scrape interval of {@code job}: its own, else the global one, else Prometheus's 1m. */
  public PromDuration scrapeInterval(String job) {
    if (!targets.present()) {
      return null;
    }
    ScrapeConfig c = job == null ? null : targets.job(job);
    if (c != null && c.scrapeInterval() != null) {
      return c.scrapeInterval();
    }
    PromDuration global = targets.globalInterval();
    return global != null ? global : PROMETHEUS_DEFAULT;
  }
}
