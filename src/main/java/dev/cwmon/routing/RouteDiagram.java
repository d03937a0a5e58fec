package dev.cwmon.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a routing tree as Mermaid, Graphviz dot or indented text: each route's matchers,
 * receiver, effective grouping and timing, {@code continue}, and the rule alerts that land on
 * it (judged by their static labels).
 */
public final class RouteDiagram {
  private final RoutingTree tree;
  private final Map<String, List<String>> alertsByRoute = new LinkedHashMap<>();
  private final List<RuleAlerts.RuleAlert> alerts;

  public RouteDiagram(RoutingTree tree, List<RuleAlerts.RuleAlert> alerts) {
    this.tree = tree;
    this.alerts = List.copyOf(alerts);
    for (RuleAlerts.RuleAlert a : alerts) {
      for (RouteNode n : tree.match(a.labels())) {
        alertsByRoute.computeIfAbsent(n.path(), k -> new ArrayList<>()).add(a.name());
      }
    }
  }

  /** The routes an alert lands on, by alert name, as the drawing shows them. */
  public List<String> landing(String alert) {
    List<String> out = new ArrayList<>();
    alertsByRoute.forEach((path, names) -> {
      if (names.contains(alert)) {
        out.add(path);
      }
    });
    return out;
  }

  public String mermaid() {
    StringBuilder out = new StringBuilder("flowchart LR\n");
    for (RouteNode n : tree.nodes()) {
      out.append("  ").append(id(n)).append("[\"")
          .append(mermaidText(String.join("\n", lines(n)))).append("\"]\n");
      if (n.parent() != null) {
        out.append("  ").append(id(n.parent())).append(" --> ").append(id(n)).append('\n');
      }
    }
    for (int i = 0; i < alerts.size(); i++) {
      out.append("  a").append(i).append("([\"").append(mermaidText(alerts.get(i).name()))
          .append("\"])\n");
      for (RouteNode n : tree.match(alerts.get(i).labels())) {
        out.append("  a").append(i).append(" -.-> ").append(id(n)).append('\n');
      }
    }
    return out.toString();
  }

  public String dot() {
    StringBuilder out = new StringBuilder("digraph routes {\n  rankdir=LR;\n"
        + "  node [shape=box, fontname=\"monospace\"];\n");
    for (RouteNode n : tree.nodes()) {
      out.append("  ").append(id(n)).append(" [label=\"")
          .append(dotText(String.join("\n", lines(n)))).append("\"];\n");
      if (n.parent() != null) {
        out.append("  ").append(id(n.parent())).append(" -> ").append(id(n)).append(";\n");
      }
    }
    for (int i = 0; i < alerts.size(); i++) {
      out.append("  a").append(i).append(" [shape=ellipse, label=\"")
          .append(dotText(alerts.get(i).name())).append("\"];\n");
      for (RouteNode n : tree.match(alerts.get(i).labels())) {
        out.append("  a").append(i).append(" -> ").append(id(n))
            .append(" [style=dashed];\n");
      }
    }
    return out.append("}\n").toString();
  }

  public String text() {
    StringBuilder out = new StringBuilder();
    text(tree.root(), "", "", out);
    return out.toString();
  }

  private void text(RouteNode n, String lead, String indent, StringBuilder out) {
    List<String> lines = lines(n);
    out.append(lead).append(n.path()).append("  ").append(String.join("  ", lines))
        .append('\n');
    List<String> names = alertsByRoute.getOrDefault(n.path(), List.of());
    if (!names.isEmpty()) {
      out.append(indent).append(n.children().isEmpty() ? "    " : "│   ")
          .append("alerts: ").append(String.join(", ", names)).append('\n');
    }
    List<RouteNode> children = n.children();
    for (int i = 0; i < children.size(); i++) {
      boolean last = i == children.size() - 1;
      text(children.get(i), indent + (last ? "└── " : "├── "), indent + (last ? "    " : "│   "),
          out);
    }
  }

  private static List<String> lines(RouteNode n) {
    List<String> out = new ArrayList<>();
    if (n.parent() == null) {
      out.add("root");
    } else if (n.matchers().isEmpty()) {
      out.add("(matches every alert)");
    } else {
      out.add(String.join(", ", n.matchers().stream().map(Labels::matcherText).toList()));
    }
    out.add("→ " + n.receiver() + (n.continues() ? " (continue)" : ""));
    out.add("group_by: " + (n.groupByAll() ? "..." : n.groupBy().isEmpty() ? "(none)"
        : String.join(", ", n.groupBy())));
    out.add("wait " + n.groupWait() + ", interval " + n.groupInterval() + ", repeat "
        + n.repeatInterval());
    return out;
  }

  /** {@code r_1_0} for {@code alertmanager.route.routes[1].routes[0]}; a generated route's
   * id is made of what it came from, {@code g_playbooks}. */
  private static String id(RouteNode n) {
    if (!n.path().startsWith(RoutingTree.ROOT_PATH)) {
      return "g_" + n.path().replaceAll("[^A-Za-z0-9]+", "_");
    }
    return "r" + n.path().substring(RoutingTree.ROOT_PATH.length())
        .replaceAll("\\.routes\\[(\\d+)]", "_$1");
  }

  static String mermaidText(String s) {
    return s.replace("#", "#35;").replace("&", "#38;").replace("\"", "#quot;")
        .replace("<", "#lt;").replace(">", "#gt;").replace("\n", "<br/>");
  }

  private static String dotText(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\l") + "\\l";
  }
}
