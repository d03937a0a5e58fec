package dev.cwmon.check;

import dev.cwmon.model.logging.Condition;
import dev.cwmon.model.logging.Conditional;
import dev.cwmon.model.logging.PipelineSpec;
import dev.cwmon.model.logging.PluginBlock;
import dev.cwmon.model.logging.Statement;
import java.util.List;
import java.util.Map;

/** Visits every plugin and condition of the spec's pipelines with its spec path. */
final class PipelineWalk {
  /** What a walk reports. */
  interface Visitor {
    void plugin(String section, PluginBlock plugin, String path);

    void condition(String section, Condition condition, String path);

    default void statement(String section, Statement statement, String path) {}
  }

  private PipelineWalk() {}

  static void walk(Map<String, PipelineSpec> pipelines, Visitor visitor) {
    pipelines.forEach((name, pipeline) -> {
      String path = "logging.pipelines." + name;
      walk("input", pipeline.input(), path + ".input", visitor);
      walk("filter", pipeline.filter(), path + ".filter", visitor);
      walk("output", pipeline.output(), path + ".output", visitor);
    });
  }

  private static void walk(String section, List<Statement> body, String path, Visitor v) {
    for (int i = 0; i < body.size(); i++) {
      Statement statement = body.get(i);
      String at = path + "[" + i + "]";
      v.statement(section, statement, at);
      if (statement instanceof PluginBlock plugin) {
        v.plugin(section, plugin, at + "." + plugin.name());
        continue;
      }
      Conditional c = (Conditional) statement;
      v.condition(section, c.condition(), at + ".if");
      walk(section, c.then(), at + ".then", v);
      for (int k = 0; k < c.elseIf().size(); k++) {
        Conditional.Branch branch = c.elseIf().get(k);
        v.condition(section, branch.condition(), at + ".else_if[" + k + "].if");
        walk(section, branch.then(), at + ".else_if[" + k + "].then", v);
      }
      walk(section, c.otherwise(), at + ".else", v);
    }
  }
}
