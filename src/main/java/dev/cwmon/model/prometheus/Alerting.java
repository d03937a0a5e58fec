package dev.cwmon.model.prometheus;

import java.util.List;

/** prometheus.yml {@code alerting}: where alerts are sent and how their labels change first. */
public record Alerting(
    List<AlertmanagerEndpoint> alertmanagers, List<RelabelConfig> alertRelabelConfigs) {
  public Alerting {
    alertmanagers = List.copyOf(alertmanagers);
    alertRelabelConfigs = List.copyOf(alertRelabelConfigs);
  }
}
