package dev.cwmon.render.grafana;

import dev.cwmon.model.grafana.Dashboard;
import dev.cwmon.model.grafana.DataSource;
import dev.cwmon.model.grafana.DataSourceRefs;
import dev.cwmon.model.grafana.GrafanaSpec;
import dev.cwmon.model.grafana.Variable;
import dev.cwmon.render.Tree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The templating variables of a dashboard as Grafana's {@code templating.list}. */
final class VariableView {
  private VariableView() {}

  static List<Object> all(GrafanaSpec grafana, Dashboard dashboard) {
    List<Object> out = new ArrayList<>();
    for (Variable v : dashboard.variables()) {
      out.add(of(grafana, dashboard, v));
    }
    return out;
  }

  private static Map<String, Object> of(GrafanaSpec grafana, Dashboard dashboard, Variable v) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", v.name());
    out.put("type", v.type().name().toLowerCase(java.util.Locale.ROOT));
    Tree.putIfPresent(out, "label", v.label());
    Tree.putIfPresent(out, "description", v.description());
    switch (v.type()) {
      case DATASOURCE -> out.put("query", v.query());
      case QUERY -> query(grafana, dashboard, v, out);
      case CUSTOM, INTERVAL -> choices(v, out);
      case CONSTANT -> out.put("query", v.query());
    }
    Tree.putIfPresent(out, "regex", v.regex());
    Tree.putIfPresent(out, "multi", v.multi());
    Tree.putIfPresent(out, "includeAll", v.includeAll());
    Tree.putIfPresent(out, "allValue", v.allValue());
    long hide = v.hide() != null ? v.hide().grafanaValue()
        : v.type() == Variable.Type.CONSTANT ? Variable.Hide.VARIABLE.grafanaValue() : 0;
    out.put("hide", hide);
    return out;
  }

  private static void query(GrafanaSpec grafana, Dashboard dashboard, Variable v,
      Map<String, Object> out) {
    String name = v.datasource() != null ? v.datasource() : dashboard.datasource();
    DataSourceRefs.Ref ref = name != null
        ? DataSourceRefs.resolve(grafana, dashboard, name).ref()
        : defaultRef(grafana);
    if (ref == null) {
      throw new IllegalStateException("unchecked data source of variable " + v.name());
    }
    out.put("datasource", DashboardView.ordered("type", ref.type().pluginId(), "uid", ref.uid()));
    if (ref.type() == DataSource.Type.PROMETHEUS) {
      out.put("query", DashboardView.ordered("query", v.query(),
          "refId", "PrometheusVariableQueryEditor-VariableQuery"));
    } else {
      out.put("query", v.query());
    }
    Variable.Refresh refresh =
        v.refresh() != null ? v.refresh() : Variable.Refresh.ON_TIME_RANGE_CHANGE;
    out.put("refresh", (long) refresh.grafanaValue());
    out.put("sort", (long) (v.sort() != null ? v.sort() : Variable.Sort.ALPHABETICAL)
        .grafanaValue());
  }

  private static DataSourceRefs.Ref defaultRef(GrafanaSpec grafana) {
    DataSource d = grafana == null ? null : grafana.defaultDataSource();
    return d == null ? null : new DataSourceRefs.Ref(d.type(), d.uid());
  }

  /** Custom and interval variables: comma-separated choices, the first one current. */
  private static void choices(Variable v, Map<String, Object> out) {
    List<String> escaped = v.values().stream().map(s -> s.replace(",", "\\,")).toList();
    out.put("query", String.join(",", escaped));
    String first = v.values().get(0);
    out.put("current", DashboardView.ordered("text", first, "value", first));
    List<Object> options = new ArrayList<>();
    for (int i = 0; i < v.values().size(); i++) {
      options.add(DashboardView.ordered("selected", i == 0, "text", v.values().get(i),
          "value", v.values().get(i)));
    }
    out.put("options", options);
  }
}
