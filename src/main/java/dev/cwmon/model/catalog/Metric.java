package dev.cwmon.model.catalog;

import dev.cwmon.model.OrderedMap;
import dev.cwmon.model.Required;
import java.util.List;
import java.util.Map;

/**
 * One exported metric: its type, its labels and, where known, the values a label takes. The
 * job names which scrape job collects it (for rate-window checks).
 */
public record Metric(
    @Required String name,
    @Required MetricType type,
    String help,
    String job,
    List<String> labels,
    Map<String, List<String>> labelValues) {
  public Metric {
    labels = List.copyOf(labels);
    labelValues = OrderedMap.copyOf(labelValues);
  }

  /** The Prometheus metric types. */
  public enum MetricType {
    COUNTER, GAUGE, HISTOGRAM, SUMMARY, INFO
  }
}
