package dev.cwmon.check;

import dev.cwmon.model.Spec;
import dev.cwmon.model.grafana.Dashboard;
import dev.cwmon.model.grafana.Uids;
import dev.cwmon.render.KubernetesNames;
import dev.cwmon.render.KubernetesNames.Placement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Outputs whose objects would have the same kind and name under {@code --format kubernetes}
 * (CW183), reported at the second of the two. A spec's check, whatever the format, since lint
 * has none and a spec should generate either way; files linted for the real tools are exempt.
 */
public final class KubernetesCollisions implements Check {
  /** An output of the spec: what it is, where the spec names it, and its object. */
  private record Source(String what, String path, Placement placement) {}

  @Override
  public void run(Spec spec, CheckContext context) {
    Map<String, Source> seen = new HashMap<>();
    for (Source source : sources(spec)) {
      Placement p = source.placement();
      if (p == null) {
        // A name that is no plain file name makes no object; CW130 or CW161 refuse it.
        continue;
      }
      Source first = seen.putIfAbsent(p.kind() + "/" + p.name(), source);
      if (first == null || !first.placement().collidesWith(p)) {
        continue;
      }
      context.error("CW183", source.path(), source.what() + " and " + first.what() + " ("
          + context.sourceMap().at(first.path()) + ") both become " + p
          + " under --format kubernetes",
          "rename one of them: Kubernetes names keep only lowercase letters, digits, '-' and "
              + "'.', so names that differ only in case or punctuation collide");
    }
  }

  private static List<Source> sources(Spec spec) {
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < spec.rules().size(); i++) {
      String file = spec.rules().get(i).file();
      sources.add(new Source("rule file \"" + file + "\"", "rules[" + i + "].file",
          KubernetesNames.of(spec.rules().get(i))));
    }
    for (int i = 0; i < spec.dashboards().size(); i++) {
      Dashboard d = spec.dashboards().get(i);
      String key = d.uid() != null ? ".uid" : ".title";
      sources.add(new Source("dashboard \"" + Uids.of(d) + "\"", "dashboards[" + i + "]" + key,
          KubernetesNames.of(spec, d)));
    }
    if (spec.logging() != null) {
      int count = spec.logging().pipelines().size();
      spec.logging().pipelines().keySet().forEach(name -> sources.add(new Source(
          "pipeline \"" + name + "\"", "logging.pipelines." + name,
          KubernetesNames.ofPipeline(spec, name, count))));
    }
    return sources;
  }
}
