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
  private final List<Drawn> drawn = new ArrayList<>();

  /**
   * Alerts of one name that land on the same routes, drawn once: an SLO's burn-rate alerts
   * share a name and differ in their windows.
   */
  private record Drawn(String name, Map<String, String> labels, List<RouteNode> routes,
      int count, String differ) {
    String label() {
      return name + differ + (count == 1 ? "" : " ×" + count);
    }
  }

  public RouteDiagram(RoutingTree tree, List<RuleAlerts.RuleAlert> alerts) {
    this.tree = tree;
    Map<String, Drawn> byLanding = new LinkedHashMap<>();
    for (RuleAlerts.RuleAlert a : alerts) {
      List<RouteNode> routes = tree.match(a.labels());
      for (RouteNode n : routes) {
        alertsByRoute.computeIfAbsent(n.path(), k -> new ArrayList<>()).add(a.name());
      }
      String key = a.name() + "\n" + routes.stream().map(RouteNode::path).toList();
      byLanding.merge(key, new Drawn(a.name(), a.labels(), routes, 1, ""),
          (was, one) -> new Drawn(was.name(), shared(was.labels(), one.labels()), was.routes(),
              was.count() + 1, ""));
    }
    for (Drawn d : byLanding.values()) {
      drawn.add(new Drawn(d.name(), d.labels(), d.routes(), d.count(),
          differing(d, byLanding.values())));
    }
  }

  /** The labels two alerts have in common, with the same values. */
  private static Map<String, String> shared(Map<String, String> a, Map<String, String> b) {
    Map<String, String> out = new java.util.TreeMap<>(a);
    out.entrySet().removeIf(e -> !e.getValue().equals(b.get(e.getKey())));
    return out;
  }

  /**
   * The labels that tell {@code d} from other drawn alerts of its name, as " {k=v}", or "" when
   * its name is its own: the page and the ticket alerts of an SLO differ in severity.
   */
  private static String differing(Drawn d, java.util.Collection<Drawn> all) {
    java.util.SortedMap<String, String> differ = new java.util.TreeMap<>();
    for (Drawn other : all) {
      if (other != d && other.name().equals(d.name())) {
        d.labels().forEach((k, v) -> {
          if (!k.equals("alertname") && !v.equals(other.labels().get(k))) {
            differ.put(k, v);
          }
        });
      }
    }
    if (differ.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    differ.forEach((k, v) -> parts.add(k + "=" + v));
    return " {" + String.join(", ", parts) + "}";
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
    for (int i = 0; i < drawn.size(); i++) {
      out.append("  a").append(i).append("([\"").append(mermaidText(drawn.get(i).label()))
          .append("\"])\n");
      for (RouteNode n : drawn.get(i).routes()) {
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
    for (int i = 0; i < drawn.size(); i++) {
      out.append("  a").append(i).append(" [shape=ellipse, label=\"")
          .append(dotText(drawn.get(i).label())).append("\"];\n");
      for (RouteNode n : drawn.get(i).routes()) {
        out.append("  a").append(i).append(" -> ").append(id(n))
            .append(" [style=dashed];\n");
      }
    }
    return out.append("}\n").toString();
  }

  /** Names in first-seen order, each once, with how many alerts bear it when more than one. */
  private static List<String> counted(List<String> names) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    names.forEach(name -> counts.merge(name, 1, Integer::sum));
    List<String> out = new ArrayList<>();
    counts.forEach((name, n) -> out.add(n == 1 ? name : name + " ×" + n));
    return out;
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
          .append("alerts: ").append(String.join(", ", counted(names))).append('\n');
    }
    List<RouteNode> children = n.children();
    for (int i = 0; i < children.size(); i++) {
      boolean last = i == children.size() - 1;
      String branch = indent + (last ? "└── " : "├── ");
      text(children.get(i), branch, indent + (last ? "    " : "│   "), out);
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
