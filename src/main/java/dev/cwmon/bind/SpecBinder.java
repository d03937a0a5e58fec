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
    Spec spec = bindWith(binder, sourceMap, sources, origins, diagnostics);
    return new Bound(diagnostics.hasErrors() ? null : spec,
        sourceMap.resolved(binder::sourcePath, path -> false));
  }

  /** A spec bound in salvage mode, with the binder that knows which items it dropped. */
  public record Salvaged(Spec spec, SourceMap sourceMap, Binder binder) {}

  /**
   * Binds what can be bound of a spec that has errors (see {@link Binder#salvage()}), so
   * that checks can still look at the rest; its diagnostics repeat those of {@link #bind}.
   */
  public static Salvaged salvage(
      List<SpecSource> sources, Map<Node, String> origins, Diagnostics scratch) {
    SourceMap sourceMap = new SourceMap();
    Binder binder = new Binder(scratch, sourceMap, SpecScalars.all()).salvage();
    return new Salvaged(bindWith(binder, sourceMap, sources, origins, scratch), sourceMap,
        binder);
  }

  private static Spec bindWith(Binder binder, SourceMap sourceMap, List<SpecSource> sources,
      Map<Node, String> origins, Diagnostics diagnostics) {
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
    return binder.bindRoot(Spec.class, entries, first);
  }
}
