package dev.cwmon.model.alertmanager;

import dev.cwmon.model.Key;
import dev.cwmon.model.PromDuration;
import java.util.List;

/**
 * A node of the routing tree. Unset timing and grouping are inherited from the parent, as
 * Alertmanager does.
 */
public record Route(
    String receiver,
    List<String> groupBy,
    @Key("continue") Boolean continueMatching,
    List<Matcher> matchers,
    PromDuration groupWait,
    PromDuration groupInterval,
    PromDuration repeatInterval,
    List<String> muteTimeIntervals,
    List<String> activeTimeIntervals,
    List<Route> routes) {
  public Route {
    groupBy = List.copyOf(groupBy);
    matchers = List.copyOf(matchers);
    muteTimeIntervals = List.copyOf(muteTimeIntervals);
    activeTimeIntervals = List.copyOf(activeTimeIntervals);
    routes = List.copyOf(routes);
  }

  public boolean continues() {
    return Boolean.TRUE.equals(continueMatching);
  }
}
