package dev.cwmon.check;

import dev.cwmon.model.Spec;
import dev.cwmon.routing.Labels;
import dev.cwmon.routing.RouteNode;
import dev.cwmon.routing.RoutingTree;
import dev.cwmon.routing.RuleAlerts;
import dev.cwmon.routing.Shadowing;
import java.util.List;

/**
 * Findings that need the routing simulation: routes no alert can reach (CW410) and alerts of
 * the rules that reach only the root's default receiver (CW411).
 */
public final class RoutingChecks implements Check {
  @Override
  public void run(Spec spec, CheckContext ctx) {
    if (spec.alertmanager() == null) {
      return;
    }
    RoutingTree tree =
        RoutingTree.of(spec.alertmanager().route(), ctx.sourceMap()::specPath);
    for (Shadowing.Shadowed s : Shadowing.find(tree)) {
      ctx.warning("CW410", s.route().modelPath(), "route " + s.route().path()
          + " is never reached: " + s.by().path() + " before it takes every alert it would "
          + "take, e.g. " + Labels.labelSetText(s.example()) + " goes to receiver "
          + s.by().receiver(), "move the route before " + s.by().path()
          + ", add continue: true to that route, or make the matchers differ");
    }
    if (tree.root().children().isEmpty()) {
      return;
    }
    for (RuleAlerts.RuleAlert alert : RuleAlerts.of(spec)) {
      List<RouteNode> ends = tree.match(alert.labels());
      if (ends.size() == 1 && ends.get(0) == tree.root()) {
        ctx.warning("CW411", alert.path(), "alert " + alert.name() + " reaches only the "
            + "default receiver " + tree.root().receiver() + " (judged by its static labels "
            + Labels.labelSetText(alert.labels()) + ")", "add a route that matches it, or "
            + "give the rule a label a route matches, e.g. severity or component");
      }
    }
  }
}
