package dev.cwmon.load;

import dev.cwmon.bind.SourceMap;
import dev.cwmon.bind.SpecBinder;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.model.Spec;
import dev.cwmon.model.alertmanager.Matcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the routing part of an existing alertmanager.yml into the model: the route tree, the
 * inhibit rules and the receivers' names, bound as {@code {name: x, alertmanager: ...}} by the
 * spec binder so that every error keeps its line:col. The old {@code match}, {@code match_re}
 * and {@code source_match}/{@code target_match}(_re) keys become matchers. Everything that
 * does not decide where an alert goes (integrations, templates, time intervals, global) is
 * left out and named in {@link Imported#ignored()}.
 */
public final class AlertmanagerImporter {
  private static final Set<String> ROUTE_KEYS = Set.of("receiver", "group_by", "continue",
      "matchers", "group_wait", "group_interval", "repeat_interval", "routes");

  private final LoadLimits limits;

  public AlertmanagerImporter(LoadLimits limits) {
    this.limits = limits;
  }

  /** The imported spec (null after errors), its positions, and the keys left out. */
  public record Imported(Spec spec, SourceMap sourceMap, List<String> ignored) {}

  public Imported importText(String file, String text, String name, Diagnostics diagnostics) {
    MappingNode root = new SpecLoader(limits).parse(file, text, diagnostics);
    if (root == null) {
      return new Imported(null, new SourceMap(), List.of());
    }
    List<String> ignored = new ArrayList<>();
    List<NodeTuple> kept = new ArrayList<>();
    for (NodeTuple t : root.getValue()) {
      String key = keyOf(t);
      Node value = t.getValueNode();
      switch (key) {
        case "route" -> kept.add(new NodeTuple(t.getKeyNode(), route(value, "route", ignored)));
        case "inhibit_rules" -> kept.add(new NodeTuple(t.getKeyNode(), inhibitRules(value)));
        case "receivers" -> kept.add(new NodeTuple(t.getKeyNode(), receivers(value)));
        default -> ignored.add(key);
      }
    }
    MappingNode am = mapping(kept, root);
    List<NodeTuple> wrapper = List.of(
        new NodeTuple(scalar("name", root), scalar(name, root)),
        new NodeTuple(scalar("alertmanager", root), am));
    SpecBinder.Bound bound =
        SpecBinder.bind(List.of(new SpecSource(file, mapping(wrapper, root), text)), diagnostics);
    return new Imported(bound.spec(), bound.sourceMap(), List.copyOf(ignored));
  }

  private Node route(Node node, String path, List<String> ignored) {
    if (!(node instanceof MappingNode m)) {
      return node;
    }
    List<NodeTuple> kept = new ArrayList<>();
    List<Node> matchers = new ArrayList<>();
    NodeTuple matchersEntry = null;
    for (NodeTuple t : m.getValue()) {
      String key = keyOf(t);
      switch (key) {
        case "match" -> matchers.addAll(oldMatchers(t.getValueNode(), Matcher.Op.EQ));
        case "match_re" -> matchers.addAll(oldMatchers(t.getValueNode(), Matcher.Op.RE));
        case "routes" -> kept.add(new NodeTuple(t.getKeyNode(), routes(t.getValueNode(),
            path + ".routes", ignored)));
        default -> {
          if (key.equals("matchers")) {
            matchersEntry = t;
          } else if (ROUTE_KEYS.contains(key)) {
            kept.add(t);
          } else {
            ignored.add(path + "." + key);
          }
        }
      }
    }
    addMatchers(kept, "matchers", matchersEntry, matchers, m);
    return mapping(kept, m);
  }

  private Node routes(Node node, String path, List<String> ignored) {
    if (!(node instanceof SequenceNode s)) {
      return node;
    }
    List<Node> items = new ArrayList<>();
    for (int i = 0; i < s.getValue().size(); i++) {
      items.add(route(s.getValue().get(i), path + "[" + i + "]", ignored));
    }
    return new SequenceNode(Tag.SEQ, true, items, s.getStartMark(), s.getEndMark(),
        DumperOptions.FlowStyle.BLOCK);
  }

  private Node inhibitRules(Node node) {
    if (!(node instanceof SequenceNode s)) {
      return node;
    }
    List<Node> items = new ArrayList<>();
    for (Node item : s.getValue()) {
      items.add(item instanceof MappingNode m ? inhibitRule(m) : item);
    }
    return new SequenceNode(Tag.SEQ, true, items, s.getStartMark(), s.getEndMark(),
        DumperOptions.FlowStyle.BLOCK);
  }

  private Node inhibitRule(MappingNode m) {
    List<NodeTuple> kept = new ArrayList<>();
    List<Node> source = new ArrayList<>();
    List<Node> target = new ArrayList<>();
    NodeTuple sourceEntry = null;
    NodeTuple targetEntry = null;
    for (NodeTuple t : m.getValue()) {
      switch (keyOf(t)) {
        case "source_match" -> source.addAll(oldMatchers(t.getValueNode(), Matcher.Op.EQ));
        case "source_match_re" -> source.addAll(oldMatchers(t.getValueNode(), Matcher.Op.RE));
        case "target_match" -> target.addAll(oldMatchers(t.getValueNode(), Matcher.Op.EQ));
        case "target_match_re" -> target.addAll(oldMatchers(t.getValueNode(), Matcher.Op.RE));
        case "source_matchers" -> sourceEntry = t;
        case "target_matchers" -> targetEntry = t;
        default -> kept.add(t);
      }
    }
    addMatchers(kept, "source_matchers", sourceEntry, source, m);
    addMatchers(kept, "target_matchers", targetEntry, target, m);
    return mapping(kept, m);
  }

  private static Node receivers(Node node) {
    if (!(node instanceof SequenceNode s)) {
      return node;
    }
    List<Node> items = new ArrayList<>();
    for (Node item : s.getValue()) {
      if (item instanceof MappingNode m) {
        items.add(mapping(m.getValue().stream().filter(t -> keyOf(t).equals("name")).toList(),
            m));
      } else {
        items.add(item);
      }
    }
    return new SequenceNode(Tag.SEQ, true, items, s.getStartMark(), s.getEndMark(),
        DumperOptions.FlowStyle.BLOCK);
  }

  /** {@code match: {severity: critical}} as the matcher lines {@code severity=critical}. */
  private static List<Node> oldMatchers(Node node, Matcher.Op op) {
    List<Node> out = new ArrayList<>();
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getValueNode() instanceof ScalarNode v) {
          String text = new Matcher(keyOf(t), op, v.getValue()).toString();
          out.add(scalar(text, t.getKeyNode()));
        }
      }
    }
    return out;
  }

  private static void addMatchers(List<NodeTuple> kept, String key, NodeTuple entry,
      List<Node> converted, Node at) {
    if (converted.isEmpty()) {
      if (entry != null) {
        kept.add(entry);
      }
      return;
    }
    List<Node> items = new ArrayList<>();
    if (entry != null && entry.getValueNode() instanceof SequenceNode s) {
      items.addAll(s.getValue());
    }
    items.addAll(converted);
    Node keyNode = entry != null ? entry.getKeyNode() : scalar(key, converted.get(0));
    kept.add(new NodeTuple(keyNode, new SequenceNode(Tag.SEQ, true, items,
        converted.get(0).getStartMark(), converted.get(0).getEndMark(),
        DumperOptions.FlowStyle.BLOCK)));
  }

  private static String keyOf(NodeTuple t) {
    return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
  }

  private static ScalarNode scalar(String text, Node at) {
    return new ScalarNode(Tag.STR, text, at.getStartMark(), at.getEndMark(),
        DumperOptions.ScalarStyle.PLAIN);
  }

  private static MappingNode mapping(List<NodeTuple> tuples, Node at) {
    return new MappingNode(Tag.MAP, true, new ArrayList<>(tuples), at.getStartMark(),
        at.getEndMark(), DumperOptions.FlowStyle.BLOCK);
  }
}
