package dev.cwmon.model.grafana;

import dev.cwmon.bind.ScalarTypes;
import dev.cwmon.model.Doc;
import dev.cwmon.model.Required;
import java.util.List;

/**
 * One panel. Its type's options live under the key named after the type ({@code stat:} for a
 * stat panel); field settings (unit, min, max, thresholds, overrides) apply to every type.
 */
public record Panel(
    @Required String title,
    @Required Type type,
    String description,
    @Doc("data source uid, or ${variable}; the dashboard's when not given") String datasource,
    @Doc("columns of Grafana's 24-column grid") Integer width,
    @Doc("grid rows of 30 pixels") Integer height,
    @Doc("explicit position; y counts from the top of the panel's row") GridPos gridPos,
    List<Target> targets,
    @Doc("Grafana unit id, e.g. reqps, s, percentunit, bytes") String unit,
    Double min,
    Double max,
    Integer decimals,
    FieldSettings.Thresholds thresholds,
    FieldSettings.Color color,
    List<FieldSettings.FieldOverride> overrides,
    PanelOptions.Timeseries timeseries,
    PanelOptions.Stat stat,
    PanelOptions.Gauge gauge,
    PanelOptions.BarGauge bargauge,
    PanelOptions.Table table,
    PanelOptions.Heatmap heatmap,
    PanelOptions.Text text,
    PanelOptions.Logs logs) {
  public Panel {
    targets = List.copyOf(targets);
    overrides = List.copyOf(overrides);
  }

  /** The panel types cwmon writes, each with its default size on the grid. */
  public enum Type {
    TIMESERIES(12, 8), STAT(6, 4), GAUGE(6, 6), BARGAUGE(12, 8), TABLE(12, 8),
    HEATMAP(12, 8), TEXT(24, 3), LOGS(24, 10);

    private final int width;
    private final int height;

    Type(int width, int height) {
      this.width = width;
      this.height = height;
    }

    public int defaultWidth() {
      return width;
    }

    public int defaultHeight() {
      return height;
    }

    /** Grafana's plugin id, also the key of this type's options in the spec. */
    public String pluginId() {
      return ScalarTypes.yamlName(this);
    }

    public boolean queriesData() {
      return this != TEXT;
    }
  }

  /** A position on the grid: column x (0-23), row y, width w and height h. */
  public record GridPos(@Required Integer x, @Required Integer y, @Required Integer w,
      @Required Integer h) {}

  /** The options record of this panel's type, or null. */
  public Record options() {
    return switch (type) {
      case TIMESERIES -> timeseries;
      case STAT -> stat;
      case GAUGE -> gauge;
      case BARGAUGE -> bargauge;
      case TABLE -> table;
      case HEATMAP -> heatmap;
      case TEXT -> text;
      case LOGS -> logs;
    };
  }

  /** The keys of options given for another type than this panel's. */
  public List<String> foreignOptionKeys() {
    List<Object> all = java.util.Arrays.asList(
        timeseries, stat, gauge, bargauge, table, heatmap, text, logs);
    return java.util.stream.IntStream.range(0, all.size())
        .filter(i -> all.get(i) != null && Type.values()[i] != type)
        .mapToObj(i -> Type.values()[i].pluginId())
        .toList();
  }
}
