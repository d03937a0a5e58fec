package dev.cwmon.model.alertmanager;

import dev.cwmon.model.Required;
import java.util.List;

/** alertmanager.yml: global settings, the routing tree, inhibition and receivers. */
public record AlertmanagerSpec(
    AmGlobal global,
    List<String> templates,
    @Required Route route,
    List<InhibitRule> inhibitRules,
    List<TimeInterval> timeIntervals,
    List<Receiver> receivers) {
  public AlertmanagerSpec {
    templates = List.copyOf(templates);
    inhibitRules = List.copyOf(inhibitRules);
    timeIntervals = List.copyOf(timeIntervals);
    receivers = List.copyOf(receivers);
  }
}
