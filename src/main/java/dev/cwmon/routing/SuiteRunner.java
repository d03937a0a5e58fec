package dev.cwmon.routing;

import dev.cwmon.model.alertmanager.AlertmanagerSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Runs routing test cases against the simulated Alertmanager of a spec. */
public final class SuiteRunner {
  private final AlertmanagerSpec am;
  private final RoutingTree tree;
  private final Inhibitor inhibitor;
  private final Set<String> routesHit = new TreeSet<>();
  private final Set<Integer> rulesHit = new TreeSet<>();

  public SuiteRunner(AlertmanagerSpec am) {
    this(am, java.util.function.UnaryOperator.identity());
  }

  /** A runner whose routes are named by their spec paths (see {@link RoutingTree#of}). */
  public SuiteRunner(AlertmanagerSpec am, java.util.function.UnaryOperator<String> specPath) {
    this.am = am;
    this.tree = RoutingTree.of(am.route(), specPath);
    this.inhibitor = new Inhibitor(am.inhibitRules());
  }

  /** One expectation that did not hold: what was checked, expected and actual. */
  public record Failure(String path, String what, String expected, String actual) {}

  /** What happened to the alerts of one case. */
  public record Outcome(
      Map<String, List<RouteNode>> routes, List<Inhibitor.Muting> mutings) {
    public Set<String> muted() {
      Set<String> out = new TreeSet<>();
      mutings.forEach(m -> out.add(m.target()));
      return out;
    }

    /** The receivers {@code alert} is delivered to: none when it is muted. */
    public List<String> delivered(String alert) {
      if (muted().contains(alert)) {
        return List.of();
      }
      return routes.get(alert).stream().map(RouteNode::receiver).distinct().sorted().toList();
    }
  }

  public Outcome simulate(Map<String, Map<String, String>> alerts) {
    Map<String, List<RouteNode>> routes = new java.util.LinkedHashMap<>();
    alerts.forEach((id, labels) -> routes.put(id, tree.match(labels)));
    List<Inhibitor.Muting> mutings = inhibitor.mutings(alerts);
    for (List<RouteNode> ends : routes.values()) {
      ends.forEach(n -> n.lineage().forEach(l -> routesHit.add(l.path())));
    }
    mutings.forEach(m -> rulesHit.add(m.rule()));
    return new Outcome(routes, mutings);
  }

  /** The failures of case {@code index}, whose spec path is {@code cases[index]}. */
  public List<Failure> run(RoutingSuite.Case c, int index) {
    String at = "cases[" + index + "].expect";
    Outcome outcome = simulate(c.alerts());
    List<Failure> out = new ArrayList<>();
    c.expect().receivers().forEach((alert, expected) -> {
      if (known(c, alert, at + ".receivers", out)) {
        List<String> actual = outcome.delivered(alert);
        if (!new TreeSet<>(expected).equals(new TreeSet<>(actual))) {
          out.add(new Failure(at + ".receivers." + alert, "alert " + alert + ": receivers",
              sorted(expected), actual.toString()));
        }
      }
    });
    c.expect().receiversAtLeast().forEach((alert, expected) -> {
      if (known(c, alert, at + ".receivers_at_least", out)) {
        List<String> actual = outcome.delivered(alert);
        if (!actual.containsAll(expected)) {
          out.add(new Failure(at + ".receivers_at_least." + alert, "alert " + alert
              + ": receivers at least", sorted(expected), actual.toString()));
        }
      }
    });
    c.expect().groupKeys().forEach((alert, expected) -> {
      if (known(c, alert, at + ".group_keys", out)) {
        List<String> actual = outcome.routes().get(alert).stream()
            .map(n -> n.groupKey(c.alerts().get(alert))).toList();
        if (!new TreeSet<>(expected).equals(new TreeSet<>(actual))) {
          out.add(new Failure(at + ".group_keys." + alert, "alert " + alert + ": group keys",
              sorted(expected), new TreeSet<>(actual).toString()));
        }
      }
    });
    inhibited(c, outcome, at + ".inhibited", out);
    return out;
  }

  private void inhibited(RoutingSuite.Case c, Outcome outcome, String at, List<Failure> out) {
    Set<String> expectedTargets = new TreeSet<>();
    List<RoutingSuite.Inhibited> expected = c.expect().inhibited();
    for (int i = 0; i < expected.size(); i++) {
      RoutingSuite.Inhibited e = expected.get(i);
      String path = at + "[" + i + "]";
      if (!known(c, e.target(), path + ".target", out) || !known(c, e.source(), path + ".source",
          out)) {
        continue;
      }
      expectedTargets.add(e.target());
      boolean held = outcome.mutings().stream().anyMatch(m -> m.target().equals(e.target())
          && m.source().equals(e.source())
          && (e.equal().isEmpty() || new TreeSet<>(m.equal()).equals(new TreeSet<>(e.equal()))));
      if (!held) {
        out.add(new Failure(path, "alert " + e.target() + ": inhibited by " + e.source(),
            describe(e), describe(outcome.mutings(), e.target())));
      }
    }
    for (String target : outcome.muted()) {
      if (!expectedTargets.contains(target)) {
        out.add(new Failure(at, "alert " + target + ": inhibited", "not inhibited",
            describe(outcome.mutings(), target)));
      }
    }
  }

  private static boolean known(RoutingSuite.Case c, String alert, String path,
      List<Failure> out) {
    if (c.alerts().containsKey(alert)) {
      return true;
    }
    out.add(new Failure(path, "alert " + alert, "one of the case's alerts "
        + c.alerts().keySet(), "no alert named " + alert));
    return false;
  }

  private static String describe(RoutingSuite.Inhibited e) {
    return "by " + e.source() + (e.equal().isEmpty() ? "" : " equal " + e.equal());
  }

  private static String describe(List<Inhibitor.Muting> mutings, String target) {
    Set<String> out = new LinkedHashSet<>();
    for (Inhibitor.Muting m : mutings) {
      if (m.target().equals(target)) {
        out.add("by " + m.source() + " equal " + m.equal() + " (inhibit_rules[" + m.rule()
            + "])");
      }
    }
    return out.isEmpty() ? "not inhibited" : String.join("; ", out);
  }

  private static String sorted(List<String> values) {
    return new TreeSet<>(values).toString();
  }

  /** Routes on which no alert of the cases run so far ended, in spec order. */
  public List<String> routesNotCovered() {
    return tree.nodes().stream().map(RouteNode::path).filter(p -> !routesHit.contains(p))
        .toList();
  }

  /** Inhibit rules that muted no alert in the cases run so far, as spec paths. */
  public List<String> inhibitRulesNotCovered() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < am.inhibitRules().size(); i++) {
      if (!rulesHit.contains(i)) {
        out.add("alertmanager.inhibit_rules[" + i + "]");
      }
    }
    return out;
  }

  public int routeCount() {
    return tree.nodes().size();
  }

  public int inhibitRuleCount() {
    return am.inhibitRules().size();
  }
}
