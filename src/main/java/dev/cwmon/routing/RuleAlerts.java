package dev.cwmon.routing;

import dev.cwmon.model.Spec;
import dev.cwmon.model.rules.Rule;
import dev.cwmon.model.rules.RuleFile;
import dev.cwmon.model.rules.RuleGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The alerts a spec's rules define, with the labels known before they fire: the alert name,
 * the rule's static labels and Prometheus's external labels. Labels the expression produces
 * (instance, tenant_id, ...) are unknown here, and so are templated label values.
 */
public final class RuleAlerts {
  private RuleAlerts() {}

  /** One alerting rule: its name, its spec path and its known labels. */
  public record RuleAlert(String name, String path, Map<String, String> labels) {
    public RuleAlert {
      labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    }
  }

  public static List<RuleAlert> of(Spec spec) {
    Map<String, String> external = new TreeMap<>();
    if (spec.prometheus() != null && spec.prometheus().global() != null) {
      external.putAll(spec.prometheus().global().externalLabels());
    }
    List<RuleAlert> out = new ArrayList<>();
    for (int f = 0; f < spec.rules().size(); f++) {
      RuleFile file = spec.rules().get(f);
      for (int g = 0; g < file.groups().size(); g++) {
        RuleGroup group = file.groups().get(g);
        for (int r = 0; r < group.rules().size(); r++) {
          Rule rule = group.rules().get(r);
          if (!rule.isAlert()) {
            continue;
          }
          Map<String, String> labels = new TreeMap<>(external);
          rule.labels().forEach((k, v) -> {
            if (!v.contains("{{")) {
              labels.put(k, v);
            }
          });
          labels.put("alertname", rule.alert());
          out.add(new RuleAlert(rule.alert(), "rules[" + f + "].groups[" + g + "].rules[" + r
              + "].alert", labels));
        }
      }
    }
    return out;
  }
}
