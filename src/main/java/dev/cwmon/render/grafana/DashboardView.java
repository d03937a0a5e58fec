package dev.cwmon.render.grafana;

import dev.cwmon.model.grafana.Dashboard;
import dev.cwmon.model.grafana.DataSourceRefs;
import dev.cwmon.model.grafana.GrafanaSpec;
import dev.cwmon.model.grafana.Layout;
import dev.cwmon.model.grafana.Panel;
import dev.cwmon.model.grafana.Uids;
import dev.cwmon.render.Tree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON document tree of one dashboard in Grafana's current schema ({@code timeseries},
 * {@code fieldConfig}, data sources as {@code {type, uid}}), as @grafana/schema types it.
 */
public final class DashboardView {
  /** The schema version written; Grafana 10.4 and later read it, newer ones migrate it. */
  public static final int SCHEMA_VERSION = 39;

  private DashboardView() {}

  public static Map<String, Object> of(GrafanaSpec grafana, Dashboard dashboard) {
    Layout.Plan plan = Layout.of(dashboard);
    if (!plan.problems().isEmpty()) {
      throw new IllegalStateException("unchecked layout: " + plan.problems());
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("uid", Uids.of(dashboard));
    doc.put("title", dashboard.title());
    Tree.putIfPresent(doc, "description", dashboard.description());
    doc.put("tags", List.copyOf(dashboard.tags()));
    doc.put("timezone", dashboard.timezone() == null ? "browser" : dashboard.timezone());
    doc.put("editable", dashboard.editable() == null || dashboard.editable());
    doc.put("graphTooltip", 1L);
    Tree.putIfPresent(doc, "refresh",
        dashboard.refresh() == null ? null : dashboard.refresh().toString());
    Dashboard.TimeRange time = dashboard.time();
    doc.put("time", ordered("from", time == null ? "now-1h" : time.from(),
        "to", time == null ? "now" : time.to()));
    doc.put("schemaVersion", (long) SCHEMA_VERSION);
    doc.put("links", dashboard.links().stream().map(DashboardView::link).toList());
    doc.put("annotations", Map.of("list", List.of(annotations(dashboard.annotations()))));
    doc.put("templating", Map.of("list", VariableView.all(grafana, dashboard)));
    doc.put("panels", panels(grafana, dashboard, plan));
    return doc;
  }

  private static List<Object> panels(GrafanaSpec grafana, Dashboard dashboard,
      Layout.Plan plan) {
    List<Object> out = new ArrayList<>();
    long[] id = {1};
    for (int i = 0; i < dashboard.panels().size(); i++) {
      out.add(panel(grafana, dashboard, dashboard.panels().get(i), plan.panels().get(i), id));
    }
    for (int r = 0; r < dashboard.rows().size(); r++) {
      Dashboard.Row row = dashboard.rows().get(r);
      boolean collapsed = Boolean.TRUE.equals(row.collapsed());
      Map<String, Object> rowPanel = new LinkedHashMap<>();
      rowPanel.put("id", id[0]++);
      rowPanel.put("type", "row");
      rowPanel.put("title", row.title());
      rowPanel.put("collapsed", collapsed);
      rowPanel.put("gridPos", gridPos(new Layout.Box(0, plan.rowLines().get(r), 24, 1)));
      List<Object> inside = new ArrayList<>();
      for (int i = 0; i < row.panels().size(); i++) {
        inside.add(panel(grafana, dashboard, row.panels().get(i),
            plan.rowPanels().get(r).get(i), id));
      }
      rowPanel.put("panels", collapsed ? inside : List.of());
      out.add(rowPanel);
      if (!collapsed) {
        out.addAll(inside);
      }
    }
    return out;
  }

  private static Map<String, Object> panel(GrafanaSpec grafana, Dashboard dashboard,
      Panel panel, Layout.Box box, long[] id) {
    DataSourceRefs.Ref ref = null;
    if (panel.type().queriesData()) {
      ref = DataSourceRefs.ofPanel(grafana, dashboard, panel).ref();
      if (ref == null) {
        throw new IllegalStateException("unchecked data source of " + panel.title());
      }
    }
    DataSourceRefs.Ref panelRef = ref;
    return PanelView.of(panel, id[0]++, gridPos(box), panelRef,
        panelRef == null ? null : grafana.byUid(panelRef.uid()));
  }

  static Map<String, Object> gridPos(Layout.Box box) {
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("h", (long) box.h());
    g.put("w", (long) box.w());
    g.put("x", (long) box.x());
    g.put("y", (long) box.y());
    return g;
  }

  private static Map<String, Object> annotations(Dashboard.BuiltinAnnotations a) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("builtIn", 1L);
    out.put("datasource", ordered("type", "grafana", "uid", "-- Grafana --"));
    out.put("enable", a == null || a.enable() == null || a.enable());
    out.put("hide", a == null || a.hide() == null || a.hide());
    out.put("iconColor",
        a == null || a.iconColor() == null ? "rgba(0, 211, 255, 1)" : a.iconColor());
    out.put("name", "Annotations & Alerts");
    out.put("type", "dashboard");
    return out;
  }

  private static Map<String, Object> link(Dashboard.Link link) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("title", link.title());
    out.put("type", link.type() == Dashboard.LinkType.DASHBOARDS ? "dashboards" : "link");
    Tree.putIfPresent(out, "url", link.url());
    out.put("tags", List.copyOf(link.tags()));
    out.put("asDropdown", Boolean.TRUE.equals(link.asDropdown()));
    out.put("includeVars", Boolean.TRUE.equals(link.includeVars()));
    out.put("keepTime", Boolean.TRUE.equals(link.keepTime()));
    out.put("targetBlank", Boolean.TRUE.equals(link.targetBlank()));
    out.put("icon", link.icon() == null ? "external link" : link.icon());
    out.put("tooltip", link.tooltip() == null ? "" : link.tooltip());
    return out;
  }

  static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }
}
