package dev.cwmon.load;

import dev.cwmon.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Applies YAML merge keys ({@code <<: *base}, {@code <<: [*a, *b]}) to a composed node tree,
 * as Go's yaml.v2/v3 do for promtool and amtool, so that cwmon reads such a file as they do.
 *
 * <p>The rules are those of SnakeYAML's {@code SafeConstructor.flattenMapping} and of the
 * YAML merge-key spec: keys written in the mapping win over merged ones, wherever the
 * {@code <<} stands; in a list of mappings an earlier mapping wins over a later one; a merged
 * mapping's own merge keys are applied first. Merged entries take the place of the {@code <<}
 * entry.
 *
 * <p>The tree is never changed: a mapping that holds a merge key, and every collection above
 * one, becomes a new node, while the key and value nodes themselves are reused, so every
 * position still points at where the value was written (merged values at the anchor). An
 * anchored node is flattened once and its result shared by all its aliases, so the work stays
 * proportional to the document, which the alias and size limits already bound.
 */
final class MergeKeys {
  private final String file;
  private final Diagnostics diagnostics;
  private final Map<Node, Node> flattened = new IdentityHashMap<>();
  private boolean failed;

  private MergeKeys(String file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /**
   * The tree with every merge key applied; {@code null}, with a CW101 error at the place, when
   * a merge key's value is not a mapping or a list of mappings. A mapping that repeats
   * {@code <<} is a CW103 error, as yaml.v3 (promtool) says "already defined", and only its first
   * one applies, so that binding still checks the rest. The tree must hold no cycle (the loader
   * refuses those first).
   */
  static MappingNode apply(String file, MappingNode root, Diagnostics diagnostics) {
    MergeKeys merge = new MergeKeys(file, diagnostics);
    Node result = merge.flatten(root);
    return merge.failed ? null : (MappingNode) result;
  }

  private Node flatten(Node node) {
    Node done = flattened.get(node);
    if (done != null) {
      return done;
    }
    Node result = node;
    if (node instanceof MappingNode mapping) {
      result = flattenMapping(mapping);
    } else if (node instanceof SequenceNode sequence) {
      result = flattenSequence(sequence);
    }
    flattened.put(node, result);
    return result;
  }

  private Node flattenSequence(SequenceNode sequence) {
    List<Node> items = new ArrayList<>(sequence.getValue().size());
    boolean changed = false;
    for (Node item : sequence.getValue()) {
      Node flat = flatten(item);
      changed |= flat != item;
      items.add(flat);
    }
    if (!changed) {
      return sequence;
    }
    SequenceNode copy = new SequenceNode(sequence.getTag(), true, items,
        sequence.getStartMark(), sequence.getEndMark(), sequence.getFlowStyle());
    copy.setAnchor(sequence.getAnchor());
    return copy;
  }

  private Node flattenMapping(MappingNode mapping) {
    Set<String> taken = new HashSet<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!isMergeKey(tuple.getKeyNode()) && tuple.getKeyNode() instanceof ScalarNode key) {
        taken.add(key.getValue());
      }
    }
    List<NodeTuple> entries = new ArrayList<>(mapping.getValue().size());
    boolean changed = false;
    Node mergeKey = null;
    for (NodeTuple tuple : mapping.getValue()) {
      if (!isMergeKey(tuple.getKeyNode())) {
        Node value = flatten(tuple.getValueNode());
        changed |= value != tuple.getValueNode();
        entries.add(value == tuple.getValueNode() ? tuple
            : new NodeTuple(tuple.getKeyNode(), value));
        continue;
      }
      changed = true;
      if (mergeKey != null) {
        diagnostics.error("CW103", "", SpecLoader.at(file, tuple.getKeyNode().getStartMark()),
            "duplicate key \"<<\"",
            "merge several mappings with one key: <<: [*a, *b] (earlier ones win)");
        continue;
      }
      mergeKey = tuple.getKeyNode();
      for (MappingNode source : sources(tuple.getValueNode())) {
        for (NodeTuple merged : source.getValue()) {
          if (!(merged.getKeyNode() instanceof ScalarNode key) || taken.add(key.getValue())) {
            entries.add(merged);
          }
        }
      }
    }
    if (!changed) {
      return mapping;
    }
    MappingNode copy = new MappingNode(mapping.getTag(), true, entries,
        mapping.getStartMark(), mapping.getEndMark(), mapping.getFlowStyle());
    copy.setAnchor(mapping.getAnchor());
    return copy;
  }

  /** The flattened mappings a merge key's value names, in order; none after an error. */
  private List<MappingNode> sources(Node value) {
    if (value instanceof MappingNode) {
      return List.of((MappingNode) flatten(value));
    }
    if (value instanceof SequenceNode sequence) {
      List<MappingNode> sources = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        if (item instanceof MappingNode) {
          sources.add((MappingNode) flatten(item));
        } else {
          notAMapping(item, "an item of a merge key's list must be a mapping, not ");
        }
      }
      return sources;
    }
    notAMapping(value, "the value of a merge key \"<<\" must be a mapping or a list of "
        + "mappings, not ");
    return List.of();
  }

  private void notAMapping(Node node, String message) {
    diagnostics.error("CW101", "", SpecLoader.at(file, node.getStartMark()),
        message + describe(node),
        "merge an anchored mapping: <<: *name, or several: <<: [*a, *b]");
    failed = true;
  }

  private static String describe(Node node) {
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (node instanceof ScalarNode scalar) {
      String text = scalar.getValue();
      if (Tag.NULL.equals(scalar.getTag())) {
        return "null";
      }
      return text.length() > 40 || text.contains("\n") ? "a string" : "\"" + text + "\"";
    }
    return "a mapping";
  }

  /** A plain {@code <<} key, which YAML resolves to the merge tag; a quoted one is a string. */
  private static boolean isMergeKey(Node key) {
    return key instanceof ScalarNode && Tag.MERGE.equals(key.getTag());
  }
}
