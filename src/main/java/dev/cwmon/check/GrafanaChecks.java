package dev.cwmon.check;

import dev.cwmon.model.Spec;
import dev.cwmon.model.grafana.Dashboard;
import dev.cwmon.model.grafana.DataSource;
import dev.cwmon.model.grafana.DataSourceRefs;
import dev.cwmon.model.grafana.GrafanaSpec;
import dev.cwmon.model.grafana.Layout;
import dev.cwmon.model.grafana.Uids;
import dev.cwmon.model.grafana.Variable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Checks of Grafana data sources and dashboards: uids, references, variables, layout. */
public final class GrafanaChecks implements Check {
  @Override
  public void run(Spec spec, CheckContext ctx) {
    if (spec.grafana() != null) {
      datasources(spec.grafana(), ctx);
    }
    Map<String, String> uids = new HashMap<>();
    for (int d = 0; d < spec.dashboards().size(); d++) {
      Dashboard dashboard = spec.dashboards().get(d);
      String path = "dashboards[" + d + "]";
      String uidPath = path + (dashboard.uid() != null ? ".uid" : ".title");
      if (dashboard.uid() != null && !Uids.isSafe(dashboard.uid())) {
        ctx.error("CW170", uidPath, "bad dashboard uid \"" + dashboard.uid() + "\"",
            "use 1 to 40 letters, digits, - and _; the uid is also the file name");
      } else {
        String previous = uids.putIfAbsent(Uids.of(dashboard), dashboard.title());
        if (previous != null) {
          ctx.error("CW170", uidPath, "dashboard uid \"" + Uids.of(dashboard)
              + "\" is also the uid of dashboard \"" + previous + "\"",
              "give one of them its own uid:");
        }
      }
      dashboard(spec.grafana(), dashboard, path, ctx);
    }
  }

  private static void datasources(GrafanaSpec grafana, CheckContext ctx) {
    Set<String> uids = new HashSet<>();
    Set<String> names = new HashSet<>();
    int defaults = 0;
    for (int i = 0; i < grafana.datasources().size(); i++) {
      DataSource d = grafana.datasources().get(i);
      String path = "grafana.datasources[" + i + "]";
      if (!Uids.isSafe(d.uid())) {
        ctx.error("CW171", path + ".uid", "bad data source uid \"" + d.uid() + "\"",
            "use 1 to 40 letters, digits, - and _");
      } else if (!uids.add(d.uid())) {
        ctx.error("CW171", path + ".uid", "data source uid \"" + d.uid() + "\" is used twice",
            "give each data source its own uid");
      }
      if (!names.add(d.name())) {
        ctx.error("CW171", path + ".name", "data source name \"" + d.name()
            + "\" is used twice", "give each data source its own name");
      }
      if (Boolean.TRUE.equals(d.isDefault()) && ++defaults == 2) {
        ctx.error("CW171", path + ".is_default", "more than one default data source",
            "mark at most one data source is_default: true");
      }
      if (d.type() == DataSource.Type.ELASTICSEARCH && d.index() == null) {
        ctx.error("CW171", path, "elasticsearch data source \"" + d.name() + "\" has no index",
            "add index: with the index pattern, e.g. codeweaver-*");
      }
      if (d.type() != DataSource.Type.PROMETHEUS && d.timeInterval() != null) {
        ctx.error("CW171", path + ".time_interval", "time_interval is for Prometheus only",
            "remove time_interval from data source \"" + d.name() + "\"");
      }
    }
  }

  private static void dashboard(GrafanaSpec grafana, Dashboard dashboard, String path,
      CheckContext ctx) {
    if (dashboard.datasource() != null) {
      DataSourceRefs.Result r = DataSourceRefs.resolve(grafana, dashboard,
          dashboard.datasource());
      if (r.ref() == null) {
        ctx.error("CW171", path + ".datasource", r.problem(), r.hint());
      }
    }
    variables(grafana, dashboard, path, ctx);
    PanelChecks panels = new PanelChecks(grafana, dashboard, ctx);
    for (int i = 0; i < dashboard.panels().size(); i++) {
      panels.check(dashboard.panels().get(i), path + ".panels[" + i + "]", path);
    }
    for (int r = 0; r < dashboard.rows().size(); r++) {
      Dashboard.Row row = dashboard.rows().get(r);
      for (int i = 0; i < row.panels().size(); i++) {
        panels.check(row.panels().get(i), path + ".rows[" + r + "].panels[" + i + "]", path);
      }
    }
    for (Layout.Problem p : Layout.of(dashboard).problems()) {
      ctx.error("CW172", path + "." + p.path(), p.message(), p.hint());
    }
  }

  private static void variables(GrafanaSpec grafana, Dashboard dashboard, String path,
      CheckContext ctx) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < dashboard.variables().size(); i++) {
      Variable v = dashboard.variables().get(i);
      String at = path + ".variables[" + i + "]";
      if (!v.name().matches("[A-Za-z_][A-Za-z0-9_]*") || v.name().startsWith("__")) {
        ctx.error("CW174", at + ".name", "bad variable name \"" + v.name() + "\"",
            "use letters, digits and _, not starting with a digit or __");
      } else if (!names.add(v.name())) {
        ctx.error("CW174", at + ".name", "variable \"" + v.name() + "\" is declared twice",
            "keep one of them");
      }
      switch (v.type()) {
        case DATASOURCE -> {
          if (DataSourceRefs.pluginOf(v) == null) {
            ctx.error("CW174", at + ".query", "data source variable \"" + v.name()
                + "\" needs the plugin id as query", "write query: prometheus");
          }
        }
        case QUERY -> {
          requireQuery(v, at, "write e.g. label_values(codeweaver_requests_total, tenant_id)",
              ctx);
          String name = v.datasource() != null ? v.datasource() : dashboard.datasource();
          if (name == null && (grafana == null || grafana.defaultDataSource() == null)) {
            ctx.error("CW171", at, "query variable \"" + v.name() + "\" has no data source",
                "set datasource: on the variable or the dashboard");
          } else if (v.datasource() != null) {
            DataSourceRefs.Result r = DataSourceRefs.resolve(grafana, dashboard, name);
            if (r.ref() == null) {
              ctx.error("CW171", at + ".datasource", r.problem(), r.hint());
            }
          }
        }
        case CUSTOM, INTERVAL -> {
          if (v.values().isEmpty()) {
            ctx.error("CW174", at + ".values", "variable \"" + v.name() + "\" has no values",
                "list its choices under values:, the default first");
          }
          for (int j = 0; j < v.values().size(); j++) {
            String problem = CustomOptions.problem(v.values().get(j), j == v.values().size() - 1);
            if (problem != null) {
              ctx.error("CW174", at + ".values[" + j + "]", "value \"" + v.values().get(j)
                  + "\" " + problem, "write the value without it; Grafana has no escape for it");
            }
          }
        }
        case CONSTANT -> requireQuery(v, at, "write its value as query:", ctx);
      }
    }
  }

  private static void requireQuery(Variable v, String at, String hint, CheckContext ctx) {
    if (v.query() == null || v.query().isBlank()) {
      ctx.error("CW174", at + ".query", "variable \"" + v.name() + "\" has no query", hint);
    }
  }
}
