package dev.cwmon.render.grafana;

import static dev.cwmon.render.grafana.DashboardView.ordered;

import dev.cwmon.model.grafana.DataSource;
import dev.cwmon.model.grafana.GrafanaSpec;
import dev.cwmon.render.Tree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grafana's provisioning files: the declared data sources, and a file provider that loads
 * the generated dashboards at start-up. Grafana expands {@code $NAME} in these files, so every
 * {@code $} of a spec value is written {@code $$}.
 */
public final class ProvisioningView {
  private ProvisioningView() {}

  public static Map<String, Object> datasources(GrafanaSpec grafana) {
    List<Object> list = new ArrayList<>();
    for (DataSource d : grafana.datasources()) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("name", literal(d.name()));
      out.put("type", d.type().pluginId());
      out.put("uid", literal(d.uid()));
      out.put("access", "proxy");
      out.put("url", literal(d.url()));
      out.put("isDefault", d == grafana.defaultDataSource());
      out.put("editable", false);
      Map<String, Object> json = new LinkedHashMap<>();
      if (d.type() == DataSource.Type.PROMETHEUS) {
        Tree.putIfPresent(json, "timeInterval",
            d.timeInterval() == null ? null : d.timeInterval().toString());
      } else {
        Tree.putIfPresent(json, "index", literal(d.index()));
        json.put("timeField", literal(d.timeField() == null ? "@timestamp" : d.timeField()));
      }
      Tree.putIfPresent(out, "jsonData", json);
      list.add(out);
    }
    return ordered("apiVersion", 1L, "datasources", list);
  }

  public static Map<String, Object> dashboards(String specName, GrafanaSpec grafana) {
    Map<String, Object> provider = new LinkedHashMap<>();
    provider.put("name", literal(specName));
    provider.put("type", "file");
    provider.put("folder", literal(grafana == null || grafana.folder() == null ? ""
        : grafana.folder()));
    provider.put("disableDeletion", true);
    provider.put("allowUiUpdates", false);
    provider.put("updateIntervalSeconds", 30L);
    String path = grafana == null ? GrafanaSpec.DEFAULT_DASHBOARDS_PATH
        : grafana.dashboardsPathOrDefault();
    provider.put("options", ordered("path", literal(path)));
    return ordered("apiVersion", 1L, "providers", List.of(provider));
  }

  static String literal(String value) {
    return value == null ? null : value.replace("$", "$$");
  }
}
