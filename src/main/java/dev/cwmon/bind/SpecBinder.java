package dev.cwmon.bind;

import dev.cwmon.diag.Diagnostics;
import dev.cwmon.diag.Position;
import dev.cwmon.load.SpecSource;
import dev.cwmon.model.Spec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Binds the loaded spec files into one {@link Spec}. Top-level keys may be spread over several
 * files of a folder, each key in one file only.
 */
public final class SpecBinder {
  private SpecBinder() {}

  /** The bound spec and where each of its paths was written; spec is null after errors. */
  public record Bound(Spec spec, SourceMap sourceMap) {}

  public static Bound bind(List<SpecSource> sources, Diagnostics diagnostics) {
    return bind(sources, Map.of(), diagnostics);
  }

  /**
   * Binds like {@link #bind(List, Diagnostics)}, where {@code origins} names the file of nodes
   * that an environment overlay merged into another file's tree.
   */
  public static Bound bind(
      List<SpecSource> sources, Map<Node, String> origins, Diagnostics diagnostics) {
    SourceMap sourceMap = new SourceMap();
    Binder binder = new Binder(diagnostics, sourceMap, SpecScalars.all());
    LogstashNodes.register(binder);
    List<NodeTuple> entries = new ArrayList<>();
    Map<String, String> owner = new HashMap<>();
    for (SpecSource source : sources) {
      sourceMap.addText(source.file(), source.text());
      for (NodeTuple entry : source.root().getValue()) {
        binder.fileOf(entry.getKeyNode(), source.file());
        binder.fileOf(entry.getValueNode(), source.file());
        if (entry.getKeyNode() instanceof ScalarNode key) {
          String previous = owner.putIfAbsent(key.getValue(), source.file());
          if (previous != null && !previous.equals(source.file())) {
            Position at = new Position(source.file(), key.getStartMark().getLine() + 1,
                key.getStartMark().getColumn() + 1);
            diagnostics.error("CW103", key.getValue(), at,
                "top-level key \"" + key.getValue() + "\" is also defined in " + previous,
                "define each top-level key in one file of the spec folder");
            continue;
          }
        }
        entries.add(entry);
      }
    }
    origins.forEach(binder::fileOf);
    String first = sources.isEmpty() ? "" : sources.get(0).file();
    Spec spec = binder.bindRoot(Spec.class, entries, first);
    return new Bound(diagnostics.hasErrors() ? null : spec, sourceMap);
  }
}
