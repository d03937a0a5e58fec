package dev.cwmon.model.logging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The logging stack: the log schema the services write, the Logstash pipelines that read it,
 * and the settings of Elasticsearch and Kibana.
 */
public record LoggingSpec(
    List<SchemaField> schema,
    Map<String, PipelineSpec> pipelines,
    ElasticsearchSettings elasticsearch,
    KibanaSettings kibana) {
  public LoggingSpec {
    schema = List.copyOf(schema);
    pipelines = Collections.unmodifiableMap(new LinkedHashMap<>(pipelines));
  }
}
