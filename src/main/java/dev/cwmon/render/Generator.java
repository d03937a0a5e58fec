package dev.cwmon.render;

import dev.cwmon.model.Spec;
import dev.cwmon.model.rules.RuleFile;
import dev.cwmon.resolve.SloTests;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders every output file of a checked, resolved spec, in a fixed order. */
public final class Generator {
  private final Renderer renderer;
  private final String source;

  /**
   * @param source how the header names the spec, never by a path, so that output does not
   *     depend on where cwmon runs; line breaks and other control characters become {@code _}
   */
  public Generator(Renderer renderer, String source) {
    this.renderer = renderer;
    this.source = headerSource(source);
  }

  /** The spec's name as a header comment may hold it: one line, without control characters. */
  static String headerSource(String source) {
    return source.replaceAll("[\\p{Cntrl}\\p{Z}&&[^ ]]+", "_");
  }

  public List<Output> generate(Spec spec) {
    List<Output> outputs = new ArrayList<>();
    if (spec.prometheus() != null) {
      Map<String, Object> doc = PrometheusView.of(spec);
      outputs.add(yaml("prometheus.yml", "prometheus.yml.ftl", doc));
      List<String> flags = ArgsView.of(spec.prometheus().server());
      Map<String, Object> model = new HashMap<>();
      model.put("flags", flags);
      outputs.add(new Output("prometheus.args", renderer.render("prometheus.args.ftl", model),
          Output.Format.ARGS, flags));
    }
    for (RuleFile file : spec.rules()) {
      outputs.add(yaml(file.file(), "rules.yml.ftl", RulesView.of(file)));
    }
    if (spec.alertmanager() != null) {
      outputs.add(yaml("alertmanager.yml", "alertmanager.yml.ftl",
          AlertmanagerView.of(spec.alertmanager())));
    }
    for (SloTests.TestFile test : SloTests.of(spec)) {
      outputs.add(yaml(test.path(), "promtool-tests.yml.ftl", test.doc()));
    }
    outputs.addAll(GrafanaOutputs.of(spec, this::yaml, this::json));
    if (spec.logging() != null) {
      outputs.addAll(LoggingOutputs.of(spec.logging(), renderer, source));
    }
    return outputs;
  }

  private Output json(String path, String template, Map<String, Object> doc) {
    Map<String, Object> model = new HashMap<>();
    model.put("doc", doc);
    model.put("source", source);
    return new Output(path, renderer.render(template, model), Output.Format.JSON, doc);
  }

  private Output yaml(String path, String template, Map<String, Object> doc) {
    Map<String, Object> model = new HashMap<>();
    model.put("doc", doc);
    model.put("source", source);
    return new Output(path, renderer.render(template, model), Output.Format.YAML, doc);
  }
}
