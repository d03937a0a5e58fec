package dev.cwmon.model.incident;

import dev.cwmon.model.OrderedMap;
import java.util.Map;

/**
 * Incident-response playbooks keyed by alert name, and the Alertmanager receiver (the
 * incident-response webhook) that alerts with automated actions are also routed to.
 */
public record Playbooks(String receiver, Map<String, Playbook> alerts) {
  public Playbooks {
    alerts = OrderedMap.copyOf(alerts);
  }

  public static Playbooks empty() {
    return new Playbooks(null, Map.of());
  }
}
