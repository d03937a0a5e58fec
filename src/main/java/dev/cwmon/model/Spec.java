package dev.cwmon.model;

import dev.cwmon.model.alertmanager.AlertmanagerSpec;
import dev.cwmon.model.catalog.Catalog;
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
    List<Slo> slos,
    Playbooks playbooks,
    List<RuleTest> ruleTests) {
  public Spec {
    rules = List.copyOf(rules);
    targets = targets == null ? Targets.defaults() : targets;
    catalog = catalog == null ? Catalog.empty() : catalog;
    slos = List.copyOf(slos);
    playbooks = playbooks == null ? Playbooks.empty() : playbooks;
    ruleTests = List.copyOf(ruleTests);
  }
}
