package dev.cwmon.model.grafana;

import dev.cwmon.bind.ScalarTypes;
import dev.cwmon.model.Doc;
import dev.cwmon.model.PromDuration;
import dev.cwmon.model.Required;

/** A Grafana data source that dashboards refer to by {@code uid}. */
public record DataSource(
    @Required String name,
    @Required Type type,
    @Required @Doc("stable id that panels refer to") String uid,
    @Required String url,
    Boolean isDefault,
    @Doc("Elasticsearch index pattern, e.g. codeweaver-*") String index,
    @Doc("Elasticsearch time field, @timestamp when not given") String timeField,
    @Doc("Prometheus scrape interval, the lower bound of $__interval") PromDuration timeInterval) {

  /** The data source plugins cwmon writes queries for. */
  public enum Type {
    PROMETHEUS, ELASTICSEARCH;

    /** Grafana's plugin id. */
    public String pluginId() {
      return ScalarTypes.yamlName(this);
    }
  }
}
