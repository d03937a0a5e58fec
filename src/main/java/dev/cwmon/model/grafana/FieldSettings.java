package dev.cwmon.model.grafana;

import dev.cwmon.bind.ScalarTypes;
import dev.cwmon.model.Doc;
import dev.cwmon.model.Required;
import java.util.List;

/** The field settings of a panel: thresholds, colour, and per-field overrides. */
public final class FieldSettings {
  private FieldSettings() {}

  /** Steps from low to high; the first step has no value: it starts at minus infinity. */
  public record Thresholds(ThresholdsMode mode, @Required List<Step> steps) {
    public Thresholds {
      steps = List.copyOf(steps);
    }
  }

  /** Whether step values are absolute or percentages of the min-max range. */
  public enum ThresholdsMode {
    ABSOLUTE, PERCENTAGE
  }

  /** One threshold step: a colour from {@code value} upwards. */
  public record Step(@Required String color, Double value) {}

  /** How values are coloured. */
  public record Color(@Required ColorMode mode, String fixedColor) {}

  /** Grafana's colour modes that cwmon writes. */
  public enum ColorMode implements ScalarTypes.Spelled {
    THRESHOLDS("thresholds"), PALETTE_CLASSIC("palette-classic"), FIXED("fixed"),
    SHADES("shades"), CONTINUOUS_GR_YL_RD("continuous-GrYlRd"),
    CONTINUOUS_BLUES("continuous-blues");

    private final String spelling;

    ColorMode(String spelling) {
      this.spelling = spelling;
    }

    @Override
    public String spelling() {
      return spelling;
    }
  }

  /** Settings for the fields that {@code match} selects, over the panel's own. */
  public record FieldOverride(
      @Required Match match,
      String unit,
      Double min,
      Double max,
      Integer decimals,
      String displayName,
      @Doc("a fixed colour for the matched series") String color,
      AxisPlacement axisPlacement,
      String axisLabel,
      Thresholds thresholds) {}

  /** Selects fields by exactly one of: query refId, display name, or name regex. */
  public record Match(
      @Doc("the query's refId: A for the first query, B for the second...") String refId,
      @Doc("the field's display name, e.g. its legend") String fieldName,
      String regex) {}

  /** Where a time series panel draws a field's axis. */
  public enum AxisPlacement {
    AUTO, LEFT, RIGHT, HIDDEN
  }
}
