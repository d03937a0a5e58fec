package dev.cwmon.model;

import dev.cwmon.model.alertmanager.AlertmanagerSpec;
import dev.cwmon.model.catalog.Catalog;
import dev.cwmon.model.grafana.Dashboard;
import dev.cwmon.model.grafana.GrafanaSpec;
import dev.cwmon.model.prometheus.PrometheusSpec;
import dev.cwmon.model.rules.RuleFile;
import java.util.List;

/** A whole cwmon spec: one service's monitoring stack. */
public record Spec(
    @Required String name,
    Targets targets,
    Catalog catalog,
    PrometheusSpec prometheus,
    List<RuleFile> rules,
    AlertmanagerSpec alertmanager,
    LintSettings lint,
    GrafanaSpec grafana,
    List<Dashboard> dashboards) {
  public Spec {
    rules = List.copyOf(rules);
    dashboards = List.copyOf(dashboards);
    targets = targets == null ? Targets.defaults() : targets;
    catalog = catalog == null ? Catalog.empty() : catalog;
  }
}
