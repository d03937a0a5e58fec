package dev.cwmon.model.grafana;

import dev.cwmon.bind.ScalarTypes;
import dev.cwmon.model.Doc;
import dev.cwmon.model.PromDuration;

/** One query of a panel; its refId (A, B, C...) follows its place in the list. */
public record Target(
    @Doc("PromQL, for Prometheus data sources") String expr,
    @Doc("Lucene query, for Elasticsearch logs panels") String query,
    @Doc("series name, e.g. {{endpoint}}") String legendFormat,
    @Doc("one value per series at the end of the range, instead of a range") Boolean instant,
    Format format,
    @Doc("lower bound of the query step, e.g. 1m") PromDuration interval,
    Boolean hide) {

  /** The shape of the result a Prometheus query is turned into. */
  public enum Format implements ScalarTypes.Spelled {
    TIME_SERIES, TABLE, HEATMAP;

    @Override
    public String spelling() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
