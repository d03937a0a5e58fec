package dev.cwmon.logstash;

import java.util.ArrayList;
import java.util.List;

/** Collects plugins and conditions of a pipeline in source order, for assertions. */
final class Walk {
  private Walk() {}

  static List<Plugin> plugins(Pipeline pipeline) {
    List<Plugin> found = new ArrayList<>();
    pipeline.sections().forEach(s -> collect(s.body(), found, new ArrayList<>()));
    return found;
  }

  static List<Expr> conditions(Pipeline pipeline) {
    List<Expr> found = new ArrayList<>();
    pipeline.sections().forEach(s -> collect(s.body(), new ArrayList<>(), found));
    return found;
  }

  static Value attribute(Plugin plugin, String name) {
    return plugin.attributes().stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(plugin.name() + " has no " + name))
        .value();
  }

  private static void collect(Block block, List<Plugin> plugins, List<Expr> conditions) {
    for (Statement statement : block.statements()) {
      if (statement instanceof Plugin plugin) {
        plugins.add(plugin);
      } else if (statement instanceof If conditional) {
        for (If.Branch branch : conditional.branches()) {
          conditions.add(branch.condition());
          collect(branch.body(), plugins, conditions);
        }
        conditional.otherwise().ifPresent(body -> collect(body, plugins, conditions));
      }
    }
  }
}
