package dev.cwmon.model.grafana;

import dev.cwmon.bind.ScalarTypes;
import dev.cwmon.model.Doc;
import dev.cwmon.model.Required;
import java.util.List;

/** The options of each panel type, written under the key named after the type. */
public final class PanelOptions {
  private PanelOptions() {}

  /** Lines, bars or points over time. */
  public record Timeseries(
      Legend legend,
      Tooltip tooltip,
      DrawStyle drawStyle,
      Integer lineWidth,
      @Doc("0 to 100") Integer fillOpacity,
      Stacking stacking,
      String axisLabel,
      FieldSettings.AxisPlacement axisPlacement,
      Double axisSoftMin,
      Double axisSoftMax) {}

  /** The legend under or beside a graph. */
  public record Legend(LegendMode mode, LegendPlacement placement, List<Reducer> calcs) {
    public Legend {
      calcs = List.copyOf(calcs);
    }
  }

  /** One big number per series. */
  public record Stat(Reducer reduce, StatColorMode colorMode, GraphMode graphMode,
      TextMode textMode, Orientation orientation) {}

  /** A gauge per series. */
  public record Gauge(Reducer reduce, Orientation orientation, Boolean showThresholdLabels,
      Boolean showThresholdMarkers) {}

  /** A bar per series. */
  public record BarGauge(Reducer reduce, Orientation orientation, BarGaugeMode displayMode,
      Boolean showUnfilled) {}

  /** Rows and columns, usually from instant queries with format table. */
  public record Table(Boolean showHeader, String sortBy, Boolean sortDesc,
      @Doc("columns not shown, e.g. [Time]") List<String> hiddenColumns) {
    public Table {
      hiddenColumns = List.copyOf(hiddenColumns);
    }
  }

  /** Buckets over time, from a histogram's _bucket series with format heatmap. */
  public record Heatmap(String colorScheme, String yUnit, Boolean showLegend) {}

  /** Fixed text. */
  public record Text(TextPanelMode mode, @Required String content) {}

  /** Log lines from Elasticsearch. */
  public record Logs(Boolean showTime, Boolean wrapLines, Boolean enableLogDetails,
      LogsOrder order) {}

  /** How a series is reduced to one value. */
  public enum Reducer implements ScalarTypes.Spelled {
    LAST_NOT_NULL("lastNotNull"), LAST("last"), MEAN("mean"), MAX("max"), MIN("min"),
    SUM("sum"), COUNT("count");

    private final String spelling;

    Reducer(String spelling) {
      this.spelling = spelling;
    }

    @Override
    public String spelling() {
      return spelling;
    }
  }

  /** How a legend is laid out. */
  public enum LegendMode {
    LIST, TABLE, HIDDEN
  }

  /** Where a legend goes. */
  public enum LegendPlacement {
    BOTTOM, RIGHT
  }

  /** What hovering shows. */
  public enum Tooltip {
    SINGLE, MULTI, NONE
  }

  /** How series are drawn. */
  public enum DrawStyle {
    LINE, BARS, POINTS
  }

  /** Whether series stack. */
  public enum Stacking {
    NONE, NORMAL, PERCENT
  }

  /** What a stat panel colours. */
  public enum StatColorMode {
    VALUE, BACKGROUND, NONE
  }

  /** Whether a stat panel draws a sparkline. */
  public enum GraphMode {
    NONE, AREA
  }

  /** What a stat panel writes. */
  public enum TextMode {
    AUTO, VALUE, VALUE_AND_NAME, NAME, NONE
  }

  /** Layout direction of several values. */
  public enum Orientation {
    AUTO, HORIZONTAL, VERTICAL
  }

  /** How bars are drawn. */
  public enum BarGaugeMode {
    BASIC, LCD, GRADIENT
  }

  /** How text panel content is read. */
  public enum TextPanelMode {
    MARKDOWN, HTML, CODE
  }

  /** Newest or oldest log line first. */
  public enum LogsOrder {
    DESCENDING, ASCENDING
  }
}
