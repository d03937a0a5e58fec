package dev.cwmon.model.catalog;

import java.util.List;

/** The metrics a service exports; lint checks every query against it. */
public record Catalog(List<Metric> metrics) {
  public Catalog {
    metrics = List.copyOf(metrics);
  }

  public static Catalog empty() {
    return new Catalog(List.of());
  }
}
