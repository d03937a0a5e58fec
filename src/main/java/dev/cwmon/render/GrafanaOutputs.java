package dev.cwmon.render;

import dev.cwmon.model.Spec;
import dev.cwmon.model.grafana.Dashboard;
import dev.cwmon.model.grafana.Uids;
import dev.cwmon.render.grafana.DashboardView;
import dev.cwmon.render.grafana.ProvisioningView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Grafana's files: {@code dashboards/<uid>.json} per dashboard, and the provisioning files
 * that make Grafana load them and know the data sources they query.
 */
final class GrafanaOutputs {
  static final String DATASOURCES = "grafana/provisioning/datasources/cwmon.yaml";
  static final String PROVIDERS = "grafana/provisioning/dashboards/cwmon.yaml";

  private GrafanaOutputs() {}

  /** Renders one document: (output path, template name, tree) to an output. */
  interface Format {
    Output render(String path, String template, Map<String, Object> doc);
  }

  /** Where a dashboard is written: {@code dashboards/<uid>.json}. */
  static String path(Dashboard dashboard) {
    return "dashboards/" + Uids.of(dashboard) + ".json";
  }

  static List<Output> of(Spec spec, Format yaml, Format json) {
    List<Output> outputs = new ArrayList<>();
    for (Dashboard dashboard : spec.dashboards()) {
      outputs.add(json.render(path(dashboard), "dashboard.json.ftl",
          DashboardView.of(spec.grafana(), dashboard)));
    }
    if (spec.grafana() != null && !spec.grafana().datasources().isEmpty()) {
      outputs.add(yaml.render(DATASOURCES, "grafana-provisioning.yml.ftl",
          ProvisioningView.datasources(spec.grafana())));
    }
    if (!spec.dashboards().isEmpty()) {
      outputs.add(yaml.render(PROVIDERS, "grafana-provisioning.yml.ftl",
          ProvisioningView.dashboards(spec.name(), spec.grafana())));
    }
    return outputs;
  }
}
