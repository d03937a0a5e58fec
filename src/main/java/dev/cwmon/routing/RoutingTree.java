package dev.cwmon.routing;

import dev.cwmon.model.alertmanager.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The routing tree of an alertmanager spec, matching alerts exactly as Alertmanager 0.25: a
 * route takes an alert when all its matchers match; its children are tried in order, a
 * matching child without {@code continue} stops the search, and a route none of whose
 * children took the alert is where the alert ends.
 */
public final class RoutingTree {
  public static final String ROOT_PATH = "alertmanager.route";

  private final RouteNode root;
  private final List<RouteNode> nodes = new ArrayList<>();
  private final UnaryOperator<String> specPath;

  private RoutingTree(RouteNode root, UnaryOperator<String> specPath) {
    this.root = root;
    this.specPath = specPath;
  }

  public static RoutingTree of(Route root) {
    return of(root, UnaryOperator.identity());
  }

  /**
   * The tree of a resolved spec, each route named by {@code specPath} of its model path: the
   * spec's own routes by where they are written, a generated route by what it came from.
   */
  public static RoutingTree of(Route root, UnaryOperator<String> specPath) {
    RouteNode node = new RouteNode(ROOT_PATH, root, null, RouteNode.defaults());
    RoutingTree tree = new RoutingTree(node, specPath);
    tree.nodes.add(node);
    tree.build(node, ROOT_PATH);
    return tree;
  }

  private void build(RouteNode node, String modelPath) {
    List<Route> routes = node.route().routes();
    for (int i = 0; i < routes.size(); i++) {
      String childPath = modelPath + ".routes[" + i + "]";
      RouteNode child =
          new RouteNode(specPath.apply(childPath), childPath, routes.get(i), node, null);
      node.addChild(child);
      nodes.add(child);
      build(child, childPath);
    }
  }

  public RouteNode root() {
    return root;
  }

  /** Every route, in spec order (depth first). */
  public List<RouteNode> nodes() {
    return List.copyOf(nodes);
  }

  public RouteNode find(String path) {
    return nodes.stream().filter(n -> n.path().equals(path)).findFirst().orElse(null);
  }

  /**
   * The routes on which an alert with {@code labels} ends, in Alertmanager's order. The root
   * matches every alert (Alertmanager forbids matchers on it).
   */
  public List<RouteNode> match(Map<String, String> labels) {
    List<RouteNode> out = new ArrayList<>();
    matchChildren(root, labels, out);
    return out;
  }

  private static void matchChildren(RouteNode node, Map<String, String> labels,
      List<RouteNode> out) {
    int before = out.size();
    for (RouteNode child : node.candidates(labels)) {
      if (!Labels.matchesAll(child.matchers(), labels)) {
        continue;
      }
      matchChildren(child, labels, out);
      if (!child.continues()) {
        break;
      }
    }
    if (out.size() == before) {
      out.add(node);
    }
  }

  /** The receivers an alert reaches, in match order, each once. */
  public List<String> receivers(Map<String, String> labels) {
    return match(labels).stream().map(RouteNode::receiver).distinct().toList();
  }
}
