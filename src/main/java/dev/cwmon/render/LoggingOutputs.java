package dev.cwmon.render;

import dev.cwmon.logstash.LogstashPrinter;
import dev.cwmon.logstash.Pipeline;
import dev.cwmon.model.logging.LoggingSpec;
import dev.cwmon.model.logging.PipelineSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of the logging stack: {@code logstash.conf} for a single pipeline (else
 * {@code logstash/<name>.conf} for each), {@code elasticsearch.yml} and {@code kibana.yml}.
 */
final class LoggingOutputs {
  private LoggingOutputs() {}

  /** Where pipeline {@code name}, one of {@code count}, is written. */
  static String path(String name, int count) {
    return count == 1 ? "logstash.conf" : "logstash/" + name + ".conf";
  }

  static List<Output> of(LoggingSpec logging, Renderer renderer, String source) {
    List<Output> outputs = new ArrayList<>();
    Map<String, PipelineSpec> pipelines = logging.pipelines();
    for (Map.Entry<String, PipelineSpec> entry : pipelines.entrySet()) {
      String path = path(entry.getKey(), pipelines.size());
      Pipeline pipeline = LogstashView.of(entry.getValue());
      Map<String, Object> model = new HashMap<>();
      model.put("source", source);
      model.put("pipeline", LogstashPrinter.print(pipeline));
      outputs.add(new Output(path, renderer.render("logstash.conf.ftl", model),
          Output.Format.LOGSTASH, pipeline.withoutComments()));
    }
    if (logging.elasticsearch() != null) {
      outputs.add(yaml("elasticsearch.yml", SettingsView.elasticsearch(logging.elasticsearch()),
          renderer, source));
    }
    if (logging.kibana() != null) {
      outputs.add(yaml("kibana.yml", SettingsView.kibana(logging.kibana()), renderer, source));
    }
    return outputs;
  }

  private static Output yaml(String path, List<SettingsView.Group> groups, Renderer renderer,
      String source) {
    Map<String, Object> model = new HashMap<>();
    model.put("source", source);
    model.put("groups", groups.stream()
        .map(g -> Map.of("title", g.title(), "settings", g.settings())).toList());
    return new Output(path, renderer.render("settings.yml.ftl", model), Output.Format.YAML,
        SettingsView.flat(groups));
  }
}
