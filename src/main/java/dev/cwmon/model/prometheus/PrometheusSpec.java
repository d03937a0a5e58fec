package dev.cwmon.model.prometheus;

import java.util.List;

/** The Prometheus server: prometheus.yml sections and the settings that are flags. */
public record PrometheusSpec(
    Global global, Alerting alerting, List<ScrapeConfig> scrapeConfigs, Server server) {
  public PrometheusSpec {
    scrapeConfigs = List.copyOf(scrapeConfigs);
  }
}
