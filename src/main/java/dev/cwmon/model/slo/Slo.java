package dev.cwmon.model.slo;

import dev.cwmon.model.OrderedMap;
import dev.cwmon.model.PromDuration;
import dev.cwmon.model.Required;
import java.util.List;
import java.util.Map;

/**
 * A service level objective: the share of good events ({@code objective}, e.g. 0.999) that the
 * indicator must reach over a rolling {@code period}. {@code by} names labels kept in every
 * aggregation, so that each tenant gets its own error budget and its own alerts.
 */
public record Slo(
    @Required String name,
    String description,
    @Required Double objective,
    @Required PromDuration period,
    @Required Indicator indicator,
    List<String> by,
    String alert,
    Map<String, String> labels) {
  public Slo {
    by = List.copyOf(by);
    labels = OrderedMap.copyOf(labels);
  }

  /** The alert name: {@code alert} when given, else {@code codeweaver-availability} gives
   * {@code CodeweaverAvailabilityBudgetBurn}. */
  public String alertName() {
    if (alert != null) {
      return alert;
    }
    StringBuilder out = new StringBuilder();
    for (String part : name.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.append("BudgetBurn").toString();
  }

  /** The middle part of recording rule names: {@code codeweaver-availability} gives
   * {@code codeweaver_availability}. */
  public String metricName() {
    return name.replaceAll("[^A-Za-z0-9_]", "_");
  }
}
