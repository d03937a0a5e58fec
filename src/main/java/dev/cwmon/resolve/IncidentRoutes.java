package dev.cwmon.resolve;

import dev.cwmon.model.Spec;
import dev.cwmon.model.alertmanager.AlertmanagerSpec;
import dev.cwmon.model.alertmanager.Matcher;
import dev.cwmon.model.alertmanager.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Routes alerts that have automated playbook actions to the incident-response receiver: a
 * generated first child of the root route, matching {@code alertname=~"A|B|C"}, with
 * {@code continue: true} so that the routes below still notify people.
 */
public final class IncidentRoutes {
  private IncidentRoutes() {}

  /** The alert names routed to the incident-response receiver, in playbook order. */
  public static List<String> automatedAlerts(Spec spec) {
    List<String> names = new ArrayList<>();
    spec.playbooks().alerts().forEach((name, p) -> {
      if (!p.actions().isEmpty()) {
        names.add(name);
      }
    });
    return names;
  }

  /**
   * The spec's Alertmanager configuration with the generated route, or as it is when no alert
   * has actions or the receiver is not defined (CW192 says so).
   */
  public static AlertmanagerSpec of(Spec spec) {
    AlertmanagerSpec am = spec.alertmanager();
    List<String> alerts = automatedAlerts(spec);
    String receiver = spec.playbooks().receiver();
    if (am == null || alerts.isEmpty() || receiver == null
        || am.receivers().stream().noneMatch(r -> receiver.equals(r.name()))) {
      return am;
    }
    String regex = String.join("|", alerts.stream().map(IncidentRoutes::literal).toList());
    Route incident =
        Route.to(receiver, true, List.of(new Matcher("alertname", Matcher.Op.RE, regex)));
    Route root = am.route();
    List<Route> children = new ArrayList<>();
    children.add(incident);
    children.addAll(root.routes());
    Route newRoot = root.withRoutes(children);
    return new AlertmanagerSpec(am.global(), am.templates(), newRoot, am.inhibitRules(),
        am.timeIntervals(), am.receivers());
  }

  /** An alert name as a regex that matches exactly it. */
  private static String literal(String name) {
    return name.matches("[A-Za-z0-9_:]+") ? name : Pattern.quote(name);
  }
}
