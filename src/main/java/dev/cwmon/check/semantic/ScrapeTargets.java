package dev.cwmon.check.semantic;

import dev.cwmon.model.PromDuration;
import dev.cwmon.model.prometheus.PrometheusSpec;
import dev.cwmon.model.prometheus.RelabelConfig;
import dev.cwmon.model.prometheus.RelabelConfig.RelabelAction;
import dev.cwmon.model.prometheus.ScrapeConfig;
import dev.cwmon.model.prometheus.StaticConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What prometheus.yml says about the series of each scrape job: the labels targets add
 * (static labels, relabelling) and the scrape interval. {@code present} is false when the
 * spec has no prometheus section, so nothing is known.
 */
public final class ScrapeTargets {
  private static final Set<RelabelAction> WRITES_TARGET = Set.of(RelabelAction.REPLACE,
      RelabelAction.HASHMOD, RelabelAction.LOWERCASE, RelabelAction.UPPERCASE);

  private final PrometheusSpec prometheus;
  private final Map<String, ScrapeConfig> jobs = new HashMap<>();
  private final Map<String, Labels> targetLabels = new HashMap<>();
  private boolean jobRelabelled;

  private ScrapeTargets(PrometheusSpec prometheus) {
    this.prometheus = prometheus;
    if (prometheus == null) {
      return;
    }
    for (ScrapeConfig c : prometheus.scrapeConfigs()) {
      jobs.putIfAbsent(c.jobName(), c);
      targetLabels.putIfAbsent(c.jobName(), labelsOf(c));
    }
  }

  static ScrapeTargets of(PrometheusSpec prometheus) {
    return new ScrapeTargets(prometheus);
  }

  public boolean present() {
    return prometheus != null;
  }

  ScrapeConfig job(String name) {
    return jobs.get(name);
  }

  PromDuration globalInterval() {
    return prometheus.global() == null ? null : prometheus.global().scrapeInterval();
  }

  /** Whether the job label is the job name everywhere: no relabelling writes it. */
  boolean jobKept() {
    return !jobRelabelled;
  }

  /** The labels targets of {@code job} add besides job and instance. */
  Labels targetLabels(String job) {
    if (!present() || job == null) {
      return Labels.NONE;
    }
    return targetLabels.getOrDefault(job, Labels.NONE);
  }

  /** The labels of {@code up} and the other scrape series: any job's target labels. */
  Labels scrapeLabels() {
    if (!present()) {
      return Labels.UNKNOWN;
    }
    Labels out = Labels.of(List.of("job", "instance"));
    for (Labels l : targetLabels.values()) {
      out = out.union(l);
    }
    return out;
  }

  /** The values the job label takes, when every job keeps its name. */
  Map<String, Set<String>> jobValues() {
    return present() && jobKept() ? Map.of("job", Set.copyOf(jobs.keySet())) : Map.of();
  }

  private Labels labelsOf(ScrapeConfig c) {
    Set<String> names = new TreeSet<>();
    for (StaticConfig s : c.staticConfigs()) {
      names.addAll(s.labels().keySet());
    }
    for (List<RelabelConfig> steps : List.of(c.relabelConfigs(), c.metricRelabelConfigs())) {
      for (RelabelConfig r : steps) {
        if (r.effectiveAction() == RelabelAction.LABELMAP) {
          return Labels.UNKNOWN;
        }
        String target = r.targetLabel();
        if (target != null && WRITES_TARGET.contains(r.effectiveAction())) {
          if (target.contains("$")) {
            return Labels.UNKNOWN;
          }
          if (target.equals("job")) {
            jobRelabelled = true;
          }
          if (!target.startsWith("__")) {
            names.add(target);
          }
        }
      }
    }
    return Labels.of(names);
  }
}
