package dev.cwmon.routing;

import dev.cwmon.model.PromDuration;
import dev.cwmon.model.alertmanager.Matcher;
import dev.cwmon.model.alertmanager.Route;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A route of the tree with what it inherits resolved: receiver, grouping and timing as
 * Alertmanager 0.25 applies them to the alerts that end on it.
 */
public final class RouteNode {
  private final String path;
  private final String modelPath;
  private final Route route;
  private final RouteNode parent;
  private final String receiver;
  private final List<String> groupBy;
  private final boolean groupByAll;
  private final PromDuration groupWait;
  private final PromDuration groupInterval;
  private final PromDuration repeatInterval;
  private static final int INDEX_FROM = 16;

  private final List<RouteNode> children = new ArrayList<>();
  private ChildIndex index;
  private final String key;

  RouteNode(String path, Route route, RouteNode parent, RouteNode defaults) {
    this(path, path, route, parent, defaults);
  }

  RouteNode(String path, String modelPath, Route route, RouteNode parent, RouteNode defaults) {
    this.path = path;
    this.modelPath = modelPath;
    this.route = route;
    this.parent = parent;
    RouteNode from = parent != null ? parent : defaults;
    this.receiver = route.receiver() != null ? route.receiver() : from.receiver;
    if (route.groupBy().isEmpty()) {
      this.groupBy = from.groupBy;
      this.groupByAll = from.groupByAll;
    } else {
      this.groupByAll = route.groupBy().contains("...");
      this.groupBy = groupByAll ? List.of() : List.copyOf(route.groupBy());
    }
    this.groupWait = or(route.groupWait(), from.groupWait);
    this.groupInterval = or(route.groupInterval(), from.groupInterval);
    this.repeatInterval = or(route.repeatInterval(), from.repeatInterval);
    String own = Labels.matchersText(route.allMatchers());
    this.key = parent == null ? own : parent.key + "/" + own;
  }

  /** Alertmanager's defaults, the virtual parent of the root. */
  private RouteNode() {
    this.path = "";
    this.modelPath = "";
    this.route = null;
    this.parent = null;
    this.receiver = null;
    this.groupBy = List.of();
    this.groupByAll = false;
    this.groupWait = PromDuration.ofSeconds(30);
    this.groupInterval = PromDuration.ofSeconds(300);
    this.repeatInterval = PromDuration.ofSeconds(4 * 3600);
    this.key = "";
  }

  static RouteNode defaults() {
    return new RouteNode();
  }

  private static PromDuration or(PromDuration own, PromDuration inherited) {
    return own != null ? own : inherited;
  }

  /** The children that may take an alert whose labels include {@code known}, in order. */
  List<RouteNode> candidates(Map<String, String> known) {
    if (children.size() < INDEX_FROM) {
      return children;
    }
    List<RouteNode> out = new ArrayList<>();
    for (int i : candidateIndexes(known)) {
      out.add(children.get(i));
    }
    return out;
  }

  /** The positions, ascending, of the children {@link #candidates} returns. */
  int[] candidateIndexes(Map<String, String> known) {
    if (index == null) {
      index = ChildIndex.of(children);
    }
    return index.candidates(known);
  }

  void addChild(RouteNode child) {
    index = null;
    children.add(child);
  }

  /** The spec path of this route, e.g. {@code alertmanager.route.routes[1]}. */
  public String path() {
    return path;
  }

  /** The path of this route in the resolved model, where generated routes count too. */
  public String modelPath() {
    return modelPath;
  }

  public Route route() {
    return route;
  }

  public RouteNode parent() {
    return parent;
  }

  public List<RouteNode> children() {
    return Collections.unmodifiableList(children);
  }

  public List<Matcher> matchers() {
    return route.allMatchers();
  }

  public boolean continues() {
    return route.continues();
  }

  public String receiver() {
    return receiver;
  }

  /** The labels alerts are grouped by; empty with {@link #groupByAll()} for {@code ...}. */
  public List<String> groupBy() {
    return groupBy;
  }

  public boolean groupByAll() {
    return groupByAll;
  }

  public PromDuration groupWait() {
    return groupWait;
  }

  public PromDuration groupInterval() {
    return groupInterval;
  }

  public PromDuration repeatInterval() {
    return repeatInterval;
  }

  /** Alertmanager's route key: each route's sorted matchers, joined from the root by "/". */
  public String key() {
    return key;
  }

  /** The routes from the root down to this one. */
  public List<RouteNode> lineage() {
    List<RouteNode> out = new ArrayList<>();
    for (RouteNode n = this; n != null; n = n.parent) {
      out.add(0, n);
    }
    return out;
  }

  /** The labels of {@code alert} that form its group on this route. */
  public Map<String, String> groupLabels(Map<String, String> alert) {
    if (groupByAll) {
      return new TreeMap<>(alert);
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : groupBy) {
      String v = alert.get(name);
      if (v != null && !v.isEmpty()) {
        out.put(name, v);
      }
    }
    return out;
  }

  /** The group key Alertmanager gives {@code alert} on this route, as webhooks receive it. */
  public String groupKey(Map<String, String> alert) {
    return key + ":" + Labels.labelSetText(groupLabels(alert));
  }

  @Override
  public String toString() {
    return path;
  }
}
