package dev.cwmon.model;

import dev.cwmon.model.alertmanager.AlertmanagerSpec;
import dev.cwmon.model.catalog.Catalog;
import dev.cwmon.model.grafana.Dashboard;
import dev.cwmon.model.grafana.GrafanaSpec;
import dev.cwmon.model.kubernetes.KubernetesSpec;
import dev.cwmon.model.logging.LoggingSpec;
import dev.cwmon.model.incident.Playbooks;
import dev.cwmon.model.prometheus.PrometheusSpec;
import dev.cwmon.model.rules.RuleFile;
import dev.cwmon.model.ruletest.RuleTest;
import dev.cwmon.model.slo.Slo;
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
    List<Dashboard> dashboards,
    KubernetesSpec kubernetes,
    LoggingSpec logging,
    List<Slo> slos,
    Playbooks playbooks,
    List<RuleTest> ruleTests) {
  public Spec {
    rules = List.copyOf(rules);
    dashboards = List.copyOf(dashboards);
    targets = targets == null ? Targets.defaults() : targets;
    catalog = catalog == null ? Catalog.empty() : catalog;
    kubernetes = kubernetes == null ? KubernetesSpec.empty() : kubernetes;
    slos = List.copyOf(slos);
    playbooks = playbooks == null ? Playbooks.empty() : playbooks;
    ruleTests = List.copyOf(ruleTests);
  }

  /** A spec of the core sections only, for importers and tests; the others are absent. */
  public static Spec of(
      String name, PrometheusSpec prometheus, List<RuleFile> rules, AlertmanagerSpec am) {
    return new Spec(name, null, null, prometheus, rules, am, null, null, List.of(), null, null,
        List.of(), null, List.of());
  }

  /** This spec with another Kubernetes section. */
  public Spec withKubernetes(KubernetesSpec k) {
    return new Spec(name, targets, catalog, prometheus, rules, alertmanager, lint, grafana,
        dashboards, k, logging, slos, playbooks, ruleTests);
  }

  /** This spec with the rules, Alertmanager section and dashboards that resolve expanded. */
  public Spec withExpanded(
      List<RuleFile> expandedRules, AlertmanagerSpec am, List<Dashboard> allDashboards) {
    return new Spec(name, targets, catalog, prometheus, expandedRules, am, lint, grafana,
        allDashboards, kubernetes, logging, slos, playbooks, ruleTests);
  }
}
