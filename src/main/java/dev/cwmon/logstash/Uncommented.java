package dev.cwmon.logstash;

import java.util.List;

/** Copies a pipeline without its comments, to compare trees by content alone. */
final class Uncommented {
  private Uncommented() {}

  static Pipeline of(Pipeline pipeline) {
    List<Section> sections = pipeline.sections().stream()
        .map(s -> new Section(s.kind(), block(s.body()), List.of()))
        .toList();
    return new Pipeline(sections, List.of());
  }

  private static Block block(Block block) {
    return new Block(block.statements().stream().map(Uncommented::statement).toList(),
        List.of());
  }

  private static Statement statement(Statement statement) {
    if (statement instanceof Plugin plugin) {
      return plugin(plugin);
    }
    If conditional = (If) statement;
    List<If.Branch> branches = conditional.branches().stream()
        .map(b -> new If.Branch(b.condition(), block(b.body())))
        .toList();
    return new If(branches, conditional.otherwise().map(Uncommented::block), List.of());
  }

  private static Plugin plugin(Plugin plugin) {
    List<Attribute> attributes = plugin.attributes().stream()
        .map(a -> new Attribute(a.name(),
            a.value() instanceof Plugin nested ? plugin(nested) : a.value(), List.of()))
        .toList();
    return new Plugin(plugin.name(), attributes, List.of(), List.of());
  }
}
