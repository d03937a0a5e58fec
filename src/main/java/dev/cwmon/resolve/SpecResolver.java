package dev.cwmon.resolve;

import dev.cwmon.model.Spec;
import dev.cwmon.model.alertmanager.AlertmanagerSpec;
import dev.cwmon.model.grafana.Dashboard;
import dev.cwmon.model.rules.RuleFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The resolve stage's expansion of high-level constructs into the model every later stage
 * sees: SLOs into a rule file and a dashboard, playbooks into runbook annotations and the
 * incident-response route. Checks, routing tests and rendering all read the result.
 */
public final class SpecResolver {
  private SpecResolver() {}

  /** The full model and where its generated parts came from. */
  public record Resolved(Spec spec, Provenance provenance) {}

  /**
   * Expands {@code spec}. With {@code expandSlos} false (an SLO has errors, which the SLO
   * checks report), SLOs give neither rules nor a dashboard.
   */
  public static Resolved resolve(Spec spec, boolean expandSlos) {
    Provenance provenance = Provenance.none();
    List<RuleFile> rules = ResolvedRules.of(spec, expandSlos, provenance);
    AlertmanagerSpec am = IncidentRoutes.of(spec);
    if (am != spec.alertmanager()) {
      provenance.generated("alertmanager.route.routes[0]", "playbooks");
      provenance.insertedAtFront("alertmanager.route.routes", 1);
    }
    List<Dashboard> dashboards = new ArrayList<>(spec.dashboards());
    Dashboard slos = expandSlos ? SloDashboards.of(spec) : null;
    if (slos != null) {
      String path = "dashboards[" + dashboards.size() + "]";
      provenance.generated(path, "slos");
      for (int i = 0; i < slos.rows().size(); i++) {
        provenance.generated(path + ".rows[" + i + "]", "slos[" + i + "]");
      }
      dashboards.add(slos);
    }
    return new Resolved(spec.withExpanded(rules, am, dashboards), provenance);
  }
}
