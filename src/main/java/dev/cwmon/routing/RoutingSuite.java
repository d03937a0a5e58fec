package dev.cwmon.routing;

import dev.cwmon.model.Required;
import dev.cwmon.model.OrderedMap;
import java.util.List;
import java.util.Map;

/**
 * A routing test file ({@code tests/NAME.routes-test.yaml}): cases of alerts firing together
 * and what Alertmanager must do with them.
 */
public record RoutingSuite(@Required List<Case> cases) {
  public RoutingSuite {
    cases = List.copyOf(cases);
  }

  /** Alerts by a name of the test's choosing, each a label set, and the expectations. */
  public record Case(
      @Required String name, @Required Map<String, Map<String, String>> alerts,
      @Required Expect expect) {
    public Case {
      alerts = OrderedMap.copyOf(alerts);
    }
  }

  /**
   * Per alert: the receivers it is delivered to, exactly ({@code receivers}, empty when it is
   * inhibited) or at least ({@code receivers_at_least}), and its group keys; for the case: every
   * alert that is inhibited, by which source and tied by which {@code equal} labels.
   */
  public record Expect(
      Map<String, List<String>> receivers,
      Map<String, List<String>> receiversAtLeast,
      Map<String, List<String>> groupKeys,
      List<Inhibited> inhibited) {
    public Expect {
      receivers = OrderedMap.copyOf(receivers);
      receiversAtLeast = OrderedMap.copyOf(receiversAtLeast);
      groupKeys = OrderedMap.copyOf(groupKeys);
      inhibited = List.copyOf(inhibited);
    }
  }

  /** {@code target} is muted by {@code source}; {@code equal}, when given, is the rule's. */
  public record Inhibited(@Required String target, @Required String source, List<String> equal) {
    public Inhibited {
      equal = List.copyOf(equal);
    }
  }
}
