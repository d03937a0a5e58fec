package dev.cwmon.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.model.PromDuration;
import dev.cwmon.model.alertmanager.InhibitRule;
import dev.cwmon.model.alertmanager.Matcher;
import dev.cwmon.model.alertmanager.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingTreeTest {
  private static Matcher m(String name, Matcher.Op op, String value) {
    return new Matcher(name, op, value);
  }

  private static Route route(String receiver, List<Matcher> matchers, Boolean cont,
      List<Route> children) {
    return new Route(receiver, List.of(), cont, matchers, null, null, null, List.of(), List.of(),
        children);
  }

  @Test
  void regexMatchersAreAnchoredAtBothEnds() {
    Route root = route("default", List.of(), null,
        List.of(route("app", List.of(m("component", Matcher.Op.RE, "app")), null, List.of())));
    RoutingTree tree = RoutingTree.of(root);
    assertThat(tree.receivers(Map.of("component", "application"))).containsExactly("default");
    assertThat(tree.receivers(Map.of("component", "app"))).containsExactly("app");
  }

  @Test
  void regexDotDoesNotMatchANewlineAsInGo() {
    Route root = route("default", List.of(), null,
        List.of(route("any", List.of(m("x", Matcher.Op.RE, "a.b")), null, List.of())));
    RoutingTree tree = RoutingTree.of(root);
    assertThat(tree.receivers(Map.of("x", "a\nb"))).containsExactly("default");
    assertThat(tree.receivers(Map.of("x", "a\rb"))).containsExactly("any");
  }

  @Test
  void continueLetsLaterSiblingsMatchAndAMatchingChildStopsTheParent() {
    Route root = route("default", List.of(), null, List.of(
        route("first", List.of(m("team", Matcher.Op.EQ, "db")), true, List.of()),
        route("second", List.of(m("severity", Matcher.Op.EQ, "critical")), null, List.of()),
        route("third", List.of(), null, List.of())));
    RoutingTree tree = RoutingTree.of(root);
    assertThat(tree.receivers(Map.of("team", "db", "severity", "critical")))
        .containsExactly("first", "second");
    assertThat(tree.receivers(Map.of("team", "db"))).containsExactly("first", "third");
    assertThat(tree.receivers(Map.of())).containsExactly("third");
  }

  @Test
  void settingsAreInheritedWithAlertmanagerDefaultsAtTheTop() {
    Route child = new Route(null, List.of("..."), null, List.of(m("a", Matcher.Op.EQ, "1")),
        null, PromDuration.ofSeconds(60), null, List.of(), List.of(), List.of());
    Route root = new Route("default", List.of("alertname"), null, List.of(), null, null,
        PromDuration.ofSeconds(3600), List.of(), List.of(), List.of(child));
    RouteNode node = RoutingTree.of(root).match(Map.of("a", "1")).get(0);
    assertThat(node.receiver()).isEqualTo("default");
    assertThat(node.groupByAll()).isTrue();
    assertThat(node.groupWait()).isEqualTo(PromDuration.ofSeconds(30));
    assertThat(node.groupInterval()).isEqualTo(PromDuration.ofSeconds(60));
    assertThat(node.repeatInterval()).isEqualTo(PromDuration.ofSeconds(3600));
    assertThat(node.path()).isEqualTo("alertmanager.route.routes[0]");
  }

  @Test
  void groupKeyJoinsSortedRouteMatchersAndGroupLabelsAsAlertmanagerPrintsThem() {
    Route child = new Route("x", List.of("b", "a", "missing"), null,
        List.of(m("z", Matcher.Op.EQ, "1"), m("c", Matcher.Op.RE, "q\"|r")), null, null, null,
        List.of(), List.of(), List.of());
    Route root = route("default", List.of(), null, List.of(child));
    Map<String, String> alert = Map.of("z", "1", "c", "r", "a", "va", "b", "v\"b");
    RouteNode node = RoutingTree.of(root).match(alert).get(0);
    assertThat(node.groupKey(alert))
        .isEqualTo("{}/{c=~\"q\\\"|r\",z=\"1\"}:{a=\"va\", b=\"v\\\"b\"}");
  }

  @Test
  void anAlertMatchingBothSidesCannotInhibitItselfAndAbsentEqualsAbsent() {
    InhibitRule rule = new InhibitRule(List.of(m("severity", Matcher.Op.EQ, "critical")),
        List.of(m("alertname", Matcher.Op.RE, "A.*")), List.of("instance"));
    Inhibitor inhibitor = new Inhibitor(List.of(rule));
    Map<String, Map<String, String>> alerts = new LinkedHashMap<>();
    alerts.put("self", Map.of("alertname", "A1", "severity", "critical"));
    assertThat(inhibitor.mutings(alerts)).isEmpty();
    alerts.put("other", Map.of("alertname", "A2", "severity", "warning"));
    assertThat(inhibitor.mutings(alerts))
        .containsExactly(new Inhibitor.Muting("other", "self", 0, List.of("instance")));
    alerts.put("elsewhere", Map.of("alertname", "A3", "instance", "i2"));
    assertThat(inhibitor.muted("elsewhere", alerts)).isFalse();
  }

  @Test
  void twoSidedAlertsAreMutedOnlyBySourcesThatAreNotTargets() {
    InhibitRule rule = new InhibitRule(List.of(m("severity", Matcher.Op.EQ, "critical")),
        List.of(m("team", Matcher.Op.EQ, "db")), List.of());
    Map<String, Map<String, String>> alerts = new LinkedHashMap<>();
    alerts.put("both1", Map.of("severity", "critical", "team", "db", "n", "1"));
    alerts.put("both2", Map.of("severity", "critical", "team", "db", "n", "2"));
    Inhibitor inhibitor = new Inhibitor(List.of(rule));
    assertThat(inhibitor.mutings(alerts)).isEmpty();
    alerts.put("sourceOnly", Map.of("severity", "critical", "team", "web"));
    assertThat(inhibitor.mutings(alerts)).extracting(Inhibitor.Muting::target)
        .containsExactlyInAnyOrder("both1", "both2");
  }

  @org.junit.jupiter.api.Test
  void mermaidLabelsEscapeEntitiesQuotesAndHashes() {
    org.assertj.core.api.Assertions.assertThat(RouteDiagram.mermaidText("a&amp;b \"#1\" <x>"))
        .isEqualTo("a#38;amp;b #quot;#35;1#quot; #lt;x#gt;");
  }
}
