package dev.cwmon.resolve;

import dev.cwmon.bind.Names;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.diag.Position;
import dev.cwmon.load.SpecSource;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Applies the named environment overlay of a spec's top-level {@code environments} section to
 * its nodes, before binding: mappings merge deeply, any other value (a list, a scalar)
 * replaces the base value, and an explicit null removes the key. Nodes keep their own marks,
 * and {@link Resolved#origins()} says which file each overlay node came from, so that a
 * diagnostic in an overlay names the overlay's own file:line:col.
 */
public final class Environments {
  public static final String KEY = "environments";

  private final Diagnostics diagnostics;
  private final Map<Node, String> origins = new IdentityHashMap<>();

  private Environments(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * The spec files without their {@code environments} section, with overlay {@code name}
   * merged in when it is not null; the names of every declared environment, in spec order.
   */
  public record Resolved(List<SpecSource> sources, Map<Node, String> origins, List<String> names) {}

  public static Resolved apply(List<SpecSource> sources, String name, Diagnostics diagnostics) {
    return new Environments(diagnostics).resolve(sources, name);
  }

  private Resolved resolve(List<SpecSource> sources, String name) {
    Section section = findSection(sources);
    List<SpecSource> stripped = new ArrayList<>();
    for (SpecSource source : sources) {
      List<NodeTuple> kept = new ArrayList<>(source.root().getValue());
      kept.removeIf(t -> isKey(t, KEY));
      stripped.add(new SpecSource(source.file(), copy(source.root(), kept), source.text()));
    }
    List<String> names = new ArrayList<>(section.overlays().keySet());
    if (name == null) {
      return new Resolved(stripped, origins, names);
    }
    MappingNode overlay = section.overlays().get(name);
    if (overlay == null && !section.overlays().containsKey(name)) {
      unknown(name, section, sources, names);
      return new Resolved(stripped, origins, names);
    }
    if (overlay != null) {
      mergeTopLevel(stripped, overlay, section.file());
    }
    return new Resolved(stripped, origins, names);
  }

  /** Where the environments section is, and each overlay by name (null for an empty one). */
  private record Section(String file, Position at, Map<String, MappingNode> overlays) {}

  private Section findSection(List<SpecSource> sources) {
    Section found = null;
    for (SpecSource source : sources) {
      for (NodeTuple tuple : source.root().getValue()) {
        if (!isKey(tuple, KEY)) {
          continue;
        }
        Position at = position(tuple.getKeyNode(), source.file());
        if (found != null) {
          diagnostics.error("CW103", KEY, at,
              "top-level key \"" + KEY + "\" is also defined in " + found.file(),
              "declare every environment in one environments section");
          continue;
        }
        found = new Section(source.file(), at, overlays(tuple.getValueNode(), source.file()));
      }
    }
    String first = sources.isEmpty() ? "" : sources.get(0).file();
    return found != null ? found : new Section(first, new Position(first, 1, 1), Map.of());
  }

  private Map<String, MappingNode> overlays(Node value, String file) {
    Map<String, MappingNode> overlays = new LinkedHashMap<>();
    if (!(value instanceof MappingNode mapping)) {
      if (!isNull(value)) {
        diagnostics.error("CW181", KEY, position(value, file),
            "environments must be a mapping of environment names to overlays",
            "write environments: {prod: {...}, staging: {...}}");
      }
      return overlays;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      Node overlay = tuple.getValueNode();
      String path = KEY + "." + text(keyNode);
      if (!(keyNode instanceof ScalarNode key) || isNull(keyNode)) {
        diagnostics.error("CW181", KEY, position(keyNode, file),
            "environment names must be plain strings", "write a name such as prod:");
      } else if (overlays.containsKey(key.getValue())) {
        diagnostics.error("CW103", path, position(keyNode, file),
            "duplicate environment \"" + key.getValue() + "\"", "keep one of the entries");
      } else if (overlay instanceof MappingNode m) {
        overlays.put(key.getValue(), m);
      } else if (isNull(overlay)) {
        overlays.put(key.getValue(), null);
      } else {
        diagnostics.error("CW181", path, position(overlay, file),
            "environment \"" + key.getValue() + "\" must be a mapping of spec keys",
            "write the keys to change, e.g. " + key.getValue()
                + ": {prometheus: {global: {...}}}");
      }
    }
    return overlays;
  }

  private void unknown(String name, Section section, List<SpecSource> sources, List<String> names) {
    String hint;
    if (names.isEmpty()) {
      hint = "the spec declares no environments; add environments: {" + name
          + ": {...}} or drop --env";
    } else {
      String suggestion = Names.didYouMean(name, names);
      hint = (suggestion != null ? "did you mean \"" + suggestion + "\"? " : "")
          + "known environments: " + String.join(", ", names);
    }
    Position at = sources.isEmpty() ? Position.UNKNOWN : section.at();
    diagnostics.error("CW180", KEY, at, "unknown environment \"" + name + "\" (--env)", hint);
  }

  private void mergeTopLevel(List<SpecSource> sources, MappingNode overlay, String file) {
    for (NodeTuple tuple : overlay.getValue()) {
      String key = text(tuple.getKeyNode());
      Node value = tuple.getValueNode();
      boolean placed = false;
      for (int i = 0; i < sources.size() && !placed; i++) {
        SpecSource source = sources.get(i);
        List<NodeTuple> entries = source.root().getValue();
        int at = indexOf(entries, key);
        if (at >= 0) {
          entries.set(at, merged(entries.get(at), tuple, file));
          entries.removeIf(t -> t == null);
          placed = true;
        }
      }
      if (!placed && !isNull(value)) {
        sources.stream().filter(s -> s.file().equals(file)).findFirst()
            .orElse(sources.get(0)).root().getValue().add(tuple);
        markFrom(tuple, file);
      }
    }
  }

  /** The base entry with the overlay entry over it; null when the overlay removes it. */
  private NodeTuple merged(NodeTuple base, NodeTuple over, String file) {
    Node value = over.getValueNode();
    if (isNull(value)) {
      return null;
    }
    if (base.getValueNode() instanceof MappingNode b && value instanceof MappingNode o) {
      return new NodeTuple(base.getKeyNode(), mergeMappings(b, o, file));
    }
    markFrom(over, file);
    return new NodeTuple(base.getKeyNode(), value);
  }

  private MappingNode mergeMappings(MappingNode base, MappingNode over, String file) {
    List<NodeTuple> entries = new ArrayList<>(base.getValue());
    List<String> seen = new ArrayList<>();
    for (NodeTuple tuple : over.getValue()) {
      String key = text(tuple.getKeyNode());
      if (key != null && seen.contains(key)) {
        diagnostics.error("CW103", key, position(tuple.getKeyNode(), file),
            "duplicate key \"" + key + "\" in environment overlay",
            "keep one of the entries; YAML would silently use only one");
        continue;
      }
      seen.add(key);
      int at = key == null ? -1 : indexOf(entries, key);
      if (at >= 0) {
        entries.set(at, merged(entries.get(at), tuple, file));
        entries.removeIf(t -> t == null);
      } else if (!isNull(tuple.getValueNode())) {
        entries.add(tuple);
        markFrom(tuple, file);
      }
    }
    return copy(base, entries);
  }

  private void markFrom(NodeTuple tuple, String file) {
    origins.put(tuple.getKeyNode(), file);
    origins.put(tuple.getValueNode(), file);
  }

  private static MappingNode copy(MappingNode base, List<NodeTuple> entries) {
    return new MappingNode(base.getTag(), true, entries, base.getStartMark(), base.getEndMark(),
        base.getFlowStyle());
  }

  private static int indexOf(List<NodeTuple> entries, String key) {
    for (int i = 0; i < entries.size(); i++) {
      if (isKey(entries.get(i), key)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isKey(NodeTuple tuple, String key) {
    return key.equals(text(tuple.getKeyNode()));
  }

  private static String text(Node node) {
    return node instanceof ScalarNode s && !isNull(s) ? s.getValue() : null;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
  }

  private Position position(Node node, String file) {
    String owner = origins.getOrDefault(node, file);
    return node.getStartMark() == null ? new Position(owner, 1, 1)
        : new Position(owner, node.getStartMark().getLine() + 1,
            node.getStartMark().getColumn() + 1);
  }
}
