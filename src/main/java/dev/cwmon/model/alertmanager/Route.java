package dev.cwmon.model.alertmanager;

import dev.cwmon.model.Key;
import dev.cwmon.model.PromDuration;
import dev.cwmon.model.OrderedMap;
import java.util.List;
import java.util.Map;

/**
 * A node of the routing tree. Unset timing and grouping are inherited from the parent, as
 * Alertmanager does. {@code match} and {@code match_re} are Alertmanager's older (deprecated)
 * form of matchers, kept so that existing files can be linted.
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
    List<Route> routes,
    Map<String, String> match,
    Map<String, String> matchRe) {
  public Route {
    groupBy = List.copyOf(groupBy);
    matchers = List.copyOf(matchers);
    muteTimeIntervals = List.copyOf(muteTimeIntervals);
    activeTimeIntervals = List.copyOf(activeTimeIntervals);
    routes = List.copyOf(routes);
    match = OrderedMap.copyOf(match);
    matchRe = OrderedMap.copyOf(matchRe);
  }

  /** A route written with matchers only, as current Alertmanager configs are. */
  public Route(String receiver, List<String> groupBy, Boolean continueMatching,
      List<Matcher> matchers, PromDuration groupWait, PromDuration groupInterval,
      PromDuration repeatInterval, List<String> muteTimeIntervals,
      List<String> activeTimeIntervals, List<Route> routes) {
    this(receiver, groupBy, continueMatching, matchers, groupWait, groupInterval,
        repeatInterval, muteTimeIntervals, activeTimeIntervals, routes, Map.of(), Map.of());
  }

  /** A route that sends alerts matching {@code matchers} to {@code receiver}. */
  public static Route to(String receiver, boolean continues, List<Matcher> matchers) {
    return new Route(receiver, List.of(), continues, matchers, null, null, null, List.of(),
        List.of(), List.of());
  }

  /** This route with other child routes. */
  public Route withRoutes(List<Route> children) {
    return new Route(receiver, groupBy, continueMatching, matchers, groupWait, groupInterval,
        repeatInterval, muteTimeIntervals, activeTimeIntervals, children, match, matchRe);
  }

  public boolean continues() {
    return Boolean.TRUE.equals(continueMatching);
  }

  /** Every matcher of this route, old-style match and match_re included. */
  public List<Matcher> allMatchers() {
    return InhibitRule.merged(matchers, match, matchRe);
  }
}
