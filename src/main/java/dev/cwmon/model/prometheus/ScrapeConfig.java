package dev.cwmon.model.prometheus;

import dev.cwmon.model.PromDuration;
import dev.cwmon.model.Required;
import java.util.List;
import dev.cwmon.model.OrderedMap;
import java.util.Map;

/** One scrape job of prometheus.yml, with the keys Prometheus gives it. */
public record ScrapeConfig(
    @Required String jobName,
    PromDuration scrapeInterval,
    PromDuration scrapeTimeout,
    String metricsPath,
    String scheme,
    Map<String, List<String>> params,
    Boolean honorLabels,
    Boolean honorTimestamps,
    Integer sampleLimit,
    Integer labelLimit,
    Integer targetLimit,
    List<StaticConfig> staticConfigs,
    List<FileSdConfig> fileSdConfigs,
    List<KubernetesSdConfig> kubernetesSdConfigs,
    List<RelabelConfig> relabelConfigs,
    List<RelabelConfig> metricRelabelConfigs,
    BasicAuth basicAuth,
    Authorization authorization,
    TlsConfig tlsConfig) {
  public ScrapeConfig {
    params = OrderedMap.copyOf(params);
    staticConfigs = List.copyOf(staticConfigs);
    fileSdConfigs = List.copyOf(fileSdConfigs);
    kubernetesSdConfigs = List.copyOf(kubernetesSdConfigs);
    relabelConfigs = List.copyOf(relabelConfigs);
    metricRelabelConfigs = List.copyOf(metricRelabelConfigs);
  }
}
