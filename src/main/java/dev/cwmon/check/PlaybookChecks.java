package dev.cwmon.check;

import dev.cwmon.bind.Names;
import dev.cwmon.model.Spec;
import dev.cwmon.model.alertmanager.Receiver;
import dev.cwmon.model.incident.Playbooks;
import dev.cwmon.resolve.IncidentRoutes;
import dev.cwmon.model.rules.Rule;
import dev.cwmon.model.slo.Slo;
import java.util.HashSet;
import java.util.Set;

/** Checks of incident-response playbooks against the alerts and receivers they name. */
public final class PlaybookChecks implements Check {
  @Override
  public void run(Spec spec, CheckContext ctx) {
    Playbooks playbooks = spec.playbooks();
    if (playbooks.alerts().isEmpty()) {
      return;
    }
    Set<String> alerts = new HashSet<>();
    spec.rules().forEach(f -> f.groups().forEach(g -> g.rules().stream()
        .filter(Rule::isAlert).forEach(r -> alerts.add(r.alert()))));
    spec.slos().stream().map(Slo::alertName).forEach(alerts::add);
    for (String alert : playbooks.alerts().keySet()) {
      if (!alerts.contains(alert)) {
        String near = Names.didYouMean(alert, alerts);
        ctx.error("CW190", "playbooks.alerts." + alert, "playbook for alert \"" + alert
            + "\", which no rule defines", near != null ? "did you mean \"" + near + "\"?"
            : "define the alert under rules, or remove the playbook");
      }
    }
    if (IncidentRoutes.automatedAlerts(spec).isEmpty()) {
      return;
    }
    String receiver = playbooks.receiver();
    if (receiver == null) {
      ctx.error("CW192", "playbooks", "playbooks with actions but no receiver",
          "add receiver: with the name of the incident-response webhook receiver");
    } else if (spec.alertmanager() == null) {
      ctx.error("CW192", "playbooks.receiver", "playbook receiver \"" + receiver
          + "\" but no alertmanager section", "define the receiver under alertmanager");
    } else if (spec.alertmanager().receivers().stream().map(Receiver::name)
        .noneMatch(receiver::equals)) {
      ctx.error("CW192", "playbooks.receiver", "playbook receiver \"" + receiver
          + "\" is not defined", "define it under alertmanager.receivers");
    }
  }
}
