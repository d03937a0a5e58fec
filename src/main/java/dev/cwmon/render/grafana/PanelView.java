package dev.cwmon.render.grafana;

import dev.cwmon.bind.ScalarTypes;
import dev.cwmon.model.grafana.DataSource;
import dev.cwmon.model.grafana.DataSourceRefs;
import dev.cwmon.model.grafana.FieldSettings;
import dev.cwmon.model.grafana.Panel;
import dev.cwmon.model.grafana.Target;
import dev.cwmon.render.Tree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One panel's JSON: position, data source, queries with refIds, field config, options. */
final class PanelView {
  private PanelView() {}

  /**
   * @param ref the panel's resolved data source, null for panels without queries
   * @param declared the declared data source behind {@code ref}, null for a variable
   */
  static Map<String, Object> of(Panel panel, long id, Map<String, Object> gridPos,
      DataSourceRefs.Ref ref, DataSource declared) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("type", panel.type().pluginId());
    out.put("title", panel.title());
    Tree.putIfPresent(out, "description", panel.description());
    out.put("gridPos", gridPos);
    if (ref != null) {
      out.put("datasource", ref(ref));
      out.put("targets", targets(panel, ref, declared));
    }
    out.put("fieldConfig", fieldConfig(panel));
    out.put("options", OptionsView.options(panel));
    List<Object> transformations = OptionsView.transformations(panel);
    if (!transformations.isEmpty()) {
      out.put("transformations", transformations);
    }
    return out;
  }

  static Map<String, Object> ref(DataSourceRefs.Ref ref) {
    return DashboardView.ordered("type", ref.type().pluginId(), "uid", ref.uid());
  }

  /** A, B, ..., Z, AA, AB, ...: Grafana's refIds, in query order. */
  static String refId(int index) {
    String id = String.valueOf((char) ('A' + index % 26));
    return index < 26 ? id : refId(index / 26 - 1) + id;
  }

  private static List<Object> targets(Panel panel, DataSourceRefs.Ref ref, DataSource declared) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < panel.targets().size(); i++) {
      Target t = panel.targets().get(i);
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("datasource", ref(ref));
      q.put("refId", refId(i));
      if (ref.type() == DataSource.Type.PROMETHEUS) {
        q.put("expr", t.expr());
        q.put("editorMode", "code");
        Tree.putIfPresent(q, "legendFormat", t.legendFormat());
        boolean instant = Boolean.TRUE.equals(t.instant());
        q.put("range", !instant);
        q.put("instant", instant);
        q.put("format", ScalarTypes.yamlName(format(panel, t)));
        Tree.putIfPresent(q, "interval", t.interval() == null ? null : t.interval().toString());
      } else {
        q.put("query", t.query() == null ? "" : t.query());
        q.put("metrics", List.of(DashboardView.ordered("id", "1", "type", "logs")));
        q.put("bucketAggs", List.of());
        q.put("timeField", declared == null || declared.timeField() == null
            ? "@timestamp" : declared.timeField());
      }
      Tree.putIfPresent(q, "hide", t.hide());
      out.add(q);
    }
    return out;
  }

  private static Target.Format format(Panel panel, Target t) {
    if (t.format() != null) {
      return t.format();
    }
    return switch (panel.type()) {
      case HEATMAP -> Target.Format.HEATMAP;
      case TABLE -> Target.Format.TABLE;
      default -> Target.Format.TIME_SERIES;
    };
  }

  private static Map<String, Object> fieldConfig(Panel panel) {
    Map<String, Object> defaults = new LinkedHashMap<>();
    Tree.putIfPresent(defaults, "unit", panel.unit());
    Tree.putIfPresent(defaults, "min", number(panel.min()));
    Tree.putIfPresent(defaults, "max", number(panel.max()));
    Tree.putIfPresent(defaults, "decimals", panel.decimals() == null ? null
        : (long) panel.decimals());
    FieldSettings.Color color = panel.color();
    if (color != null) {
      defaults.put("color", color(color.mode(), color.fixedColor()));
    } else if (OptionsView.colorsByThresholds(panel.type())) {
      defaults.put("color", color(FieldSettings.ColorMode.THRESHOLDS, null));
    } else if (panel.type() == Panel.Type.TIMESERIES) {
      defaults.put("color", color(FieldSettings.ColorMode.PALETTE_CLASSIC, null));
    }
    FieldSettings.Thresholds thresholds = panel.thresholds();
    if (thresholds != null) {
      defaults.put("thresholds", thresholds(thresholds));
    } else if (OptionsView.colorsByThresholds(panel.type())) {
      defaults.put("thresholds", thresholds(new FieldSettings.Thresholds(null,
          List.of(new FieldSettings.Step("green", null)))));
    }
    Tree.putIfPresent(defaults, "custom", OptionsView.custom(panel));
    List<Object> overrides = new ArrayList<>();
    for (FieldSettings.FieldOverride o : panel.overrides()) {
      overrides.add(override(o));
    }
    return DashboardView.ordered("defaults", defaults, "overrides", overrides);
  }

  private static Map<String, Object> override(FieldSettings.FieldOverride o) {
    FieldSettings.Match m = o.match();
    Map<String, Object> matcher = m.refId() != null
        ? DashboardView.ordered("id", "byFrameRefID", "options", m.refId())
        : m.fieldName() != null ? DashboardView.ordered("id", "byName", "options", m.fieldName())
        : DashboardView.ordered("id", "byRegexp", "options", m.regex());
    List<Object> properties = new ArrayList<>();
    property(properties, "unit", o.unit());
    property(properties, "min", number(o.min()));
    property(properties, "max", number(o.max()));
    property(properties, "decimals", o.decimals() == null ? null : (long) o.decimals());
    property(properties, "displayName", o.displayName());
    property(properties, "color", o.color() == null ? null
        : color(FieldSettings.ColorMode.FIXED, o.color()));
    property(properties, "custom.axisPlacement",
        o.axisPlacement() == null ? null : ScalarTypes.yamlName(o.axisPlacement()));
    property(properties, "custom.axisLabel", o.axisLabel());
    property(properties, "thresholds", o.thresholds() == null ? null
        : thresholds(o.thresholds()));
    return DashboardView.ordered("matcher", matcher, "properties", properties);
  }

  private static void property(List<Object> properties, String id, Object value) {
    if (value != null) {
      properties.add(DashboardView.ordered("id", id, "value", value));
    }
  }

  private static Map<String, Object> color(FieldSettings.ColorMode mode, String fixed) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("mode", mode.spelling());
    Tree.putIfPresent(out, "fixedColor", fixed);
    return out;
  }

  /** Thresholds as Grafana keeps them: the first step's value is null (minus infinity). */
  static Map<String, Object> thresholds(FieldSettings.Thresholds t) {
    List<Object> steps = new ArrayList<>();
    for (int i = 0; i < t.steps().size(); i++) {
      FieldSettings.Step s = t.steps().get(i);
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("color", s.color());
      step.put("value", i == 0 ? null : number(s.value()));
      steps.add(step);
    }
    String mode = t.mode() == null ? "absolute" : ScalarTypes.yamlName(t.mode());
    return DashboardView.ordered("mode", mode, "steps", steps);
  }

  /** Whole numbers as integers, so that {@code 1} is not written {@code 1.0}. */
  static Object number(Double d) {
    if (d == null) {
      return null;
    }
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) d.longValue() : d;
  }
}
