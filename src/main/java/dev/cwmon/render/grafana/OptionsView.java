package dev.cwmon.render.grafana;

import static dev.cwmon.render.grafana.DashboardView.ordered;

import dev.cwmon.bind.ScalarTypes;
import dev.cwmon.model.grafana.Panel;
import dev.cwmon.model.grafana.PanelOptions;
import dev.cwmon.render.Tree;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each panel type's {@code options} and {@code fieldConfig.defaults.custom}, in the shape of
 * that panel plugin's current schema; settings not given take Grafana's defaults.
 */
final class OptionsView {
  private OptionsView() {}

  static boolean colorsByThresholds(Panel.Type type) {
    return type == Panel.Type.STAT || type == Panel.Type.GAUGE || type == Panel.Type.BARGAUGE;
  }

  static Map<String, Object> options(Panel panel) {
    return switch (panel.type()) {
      case TIMESERIES -> timeseries(orDefault(panel.timeseries(), new PanelOptions.Timeseries(
          null, null, null, null, null, null, null, null, null, null)));
      case STAT -> stat(orDefault(panel.stat(),
          new PanelOptions.Stat(null, null, null, null, null)));
      case GAUGE -> gauge(orDefault(panel.gauge(), new PanelOptions.Gauge(null, null, null, null)));
      case BARGAUGE -> barGauge(orDefault(panel.bargauge(),
          new PanelOptions.BarGauge(null, null, null, null)));
      case TABLE -> table(orDefault(panel.table(),
          new PanelOptions.Table(null, null, null, List.of())));
      case HEATMAP -> heatmap(orDefault(panel.heatmap(),
          new PanelOptions.Heatmap(null, null, null)));
      case TEXT -> ordered("mode", name(panel.text().mode(), "markdown"),
          "content", panel.text().content());
      case LOGS -> logs(orDefault(panel.logs(), new PanelOptions.Logs(null, null, null, null)));
    };
  }

  static Map<String, Object> custom(Panel panel) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (panel.type() == Panel.Type.TIMESERIES) {
      PanelOptions.Timeseries t = panel.timeseries();
      out.put("drawStyle", name(t == null ? null : t.drawStyle(), "line"));
      out.put("lineWidth", (long) (t == null || t.lineWidth() == null ? 1 : t.lineWidth()));
      out.put("fillOpacity",
          (long) (t == null || t.fillOpacity() == null ? 10 : t.fillOpacity()));
      out.put("showPoints", "never");
      if (t != null) {
        if (t.stacking() != null) {
          out.put("stacking", ordered("mode", name(t.stacking(), "none"), "group", "A"));
        }
        Tree.putIfPresent(out, "axisLabel", t.axisLabel());
        Tree.putIfPresent(out, "axisPlacement",
            t.axisPlacement() == null ? null : name(t.axisPlacement(), "auto"));
        Tree.putIfPresent(out, "axisSoftMin", PanelView.number(t.axisSoftMin()));
        Tree.putIfPresent(out, "axisSoftMax", PanelView.number(t.axisSoftMax()));
      }
    } else if (panel.type() == Panel.Type.TABLE) {
      out.put("align", "auto");
      out.put("cellOptions", ordered("type", "auto"));
    }
    return out;
  }

  /** A table's hidden columns become Grafana's organize transformation. */
  static List<Object> transformations(Panel panel) {
    if (panel.type() != Panel.Type.TABLE || panel.table() == null
        || panel.table().hiddenColumns().isEmpty()) {
      return List.of();
    }
    Map<String, Object> exclude = new LinkedHashMap<>();
    panel.table().hiddenColumns().forEach(c -> exclude.put(c, true));
    return List.of(ordered("id", "organize", "options", ordered("excludeByName", exclude,
        "indexByName", Map.of(), "renameByName", Map.of())));
  }

  private static Map<String, Object> timeseries(PanelOptions.Timeseries t) {
    PanelOptions.Legend legend = t.legend();
    Map<String, Object> l = new LinkedHashMap<>();
    boolean hidden = legend != null && legend.mode() == PanelOptions.LegendMode.HIDDEN;
    l.put("showLegend", !hidden);
    l.put("displayMode", hidden || legend == null ? "list" : name(legend.mode(), "list"));
    l.put("placement", name(legend == null ? null : legend.placement(), "bottom"));
    l.put("calcs", legend == null ? List.of()
        : legend.calcs().stream().map(ScalarTypes::yamlName).toList());
    return ordered("legend", l,
        "tooltip", ordered("mode", name(t.tooltip(), "multi"), "sort", "none"));
  }

  private static Map<String, Object> stat(PanelOptions.Stat s) {
    return ordered("reduceOptions", reduce(s.reduce()),
        "colorMode", name(s.colorMode(), "value"),
        "graphMode", name(s.graphMode(), "area"),
        "textMode", name(s.textMode(), "auto"),
        "orientation", name(s.orientation(), "auto"),
        "justifyMode", "auto");
  }

  private static Map<String, Object> gauge(PanelOptions.Gauge g) {
    return ordered("reduceOptions", reduce(g.reduce()),
        "orientation", name(g.orientation(), "auto"),
        "showThresholdLabels", Boolean.TRUE.equals(g.showThresholdLabels()),
        "showThresholdMarkers", g.showThresholdMarkers() == null || g.showThresholdMarkers());
  }

  private static Map<String, Object> barGauge(PanelOptions.BarGauge b) {
    return ordered("reduceOptions", reduce(b.reduce()),
        "orientation", name(b.orientation(), "horizontal"),
        "displayMode", name(b.displayMode(), "gradient"),
        "showUnfilled", b.showUnfilled() == null || b.showUnfilled());
  }

  private static Map<String, Object> table(PanelOptions.Table t) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("showHeader", t.showHeader() == null || t.showHeader());
    out.put("cellHeight", "sm");
    if (t.sortBy() != null) {
      out.put("sortBy", List.of(ordered("displayName", t.sortBy(),
          "desc", Boolean.TRUE.equals(t.sortDesc()))));
    }
    return out;
  }

  private static Map<String, Object> heatmap(PanelOptions.Heatmap h) {
    Map<String, Object> yAxis = new LinkedHashMap<>();
    yAxis.put("axisPlacement", "left");
    Tree.putIfPresent(yAxis, "unit", h.yUnit());
    return ordered("calculate", false,
        "yAxis", yAxis,
        "rowsFrame", ordered("layout", "auto"),
        "color", ordered("mode", "scheme", "scheme",
            h.colorScheme() == null ? "Oranges" : h.colorScheme(), "fill", "dark",
            "scale", "exponential", "exponent", 0.5, "steps", 64L),
        "cellGap", 1L,
        "legend", ordered("show", h.showLegend() == null || h.showLegend()),
        "tooltip", ordered("mode", "single", "yHistogram", false));
  }

  private static Map<String, Object> logs(PanelOptions.Logs l) {
    return ordered("showTime", l.showTime() == null || l.showTime(),
        "wrapLogMessage", Boolean.TRUE.equals(l.wrapLines()),
        "enableLogDetails", l.enableLogDetails() == null || l.enableLogDetails(),
        "sortOrder", l.order() == PanelOptions.LogsOrder.ASCENDING ? "Ascending" : "Descending",
        "dedupStrategy", "none",
        "showLabels", false,
        "showCommonLabels", false,
        "prettifyLogMessage", false);
  }

  private static Map<String, Object> reduce(PanelOptions.Reducer reducer) {
    return ordered("calcs", List.of(name(reducer, "lastNotNull")), "fields", "",
        "values", false);
  }

  private static String name(Enum<?> value, String fallback) {
    return value == null ? fallback : ScalarTypes.yamlName(value);
  }

  private static <T> T orDefault(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
