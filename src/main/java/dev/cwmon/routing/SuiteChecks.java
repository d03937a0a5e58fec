package dev.cwmon.routing;

import dev.cwmon.bind.SourceMap;
import dev.cwmon.diag.Diagnostics;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mistakes in a routing test file itself, found before any case runs: an alert label
 * Alertmanager would refuse, an expectation about an alert the case does not fire, a receiver
 * the spec does not define. Each is CW415 at its place in the file, so that a wrong test is
 * told apart from a failing one.
 */
public final class SuiteChecks {
  private SuiteChecks() {}

  public static void run(RoutingSuite suite, SourceMap positions, Set<String> receivers,
      Diagnostics diagnostics) {
    for (int i = 0; i < suite.cases().size(); i++) {
      RoutingSuite.Case c = suite.cases().get(i);
      String at = "cases[" + i + "]";
      c.alerts().forEach((alert, labels) -> labels.keySet().forEach(name -> {
        if (!name.matches("[a-zA-Z_][a-zA-Z0-9_]*")) {
          String path = at + ".alerts." + alert + "." + name;
          diagnostics.error("CW415", path, positions.keyAt(path), "bad label name \"" + name
              + "\" in alert " + alert, "label names are letters, digits and _, not starting"
              + " with a digit; Alertmanager refuses such an alert");
        }
      }));
      if (c.expect() == null) {
        continue;
      }
      Set<String> alerts = c.alerts().keySet();
      receiverLists(c.expect().receivers(), at + ".expect.receivers", alerts, receivers,
          positions, diagnostics);
      receiverLists(c.expect().receiversAtLeast(), at + ".expect.receivers_at_least", alerts,
          receivers, positions, diagnostics);
      c.expect().groupKeys().keySet().forEach(alert ->
          alertNamed(alert, at + ".expect.group_keys." + alert, alerts, positions::keyAt,
              diagnostics));
      List<RoutingSuite.Inhibited> inhibited = c.expect().inhibited();
      for (int j = 0; j < inhibited.size(); j++) {
        String path = at + ".expect.inhibited[" + j + "]";
        alertNamed(inhibited.get(j).target(), path + ".target", alerts, positions::at,
            diagnostics);
        alertNamed(inhibited.get(j).source(), path + ".source", alerts, positions::at,
            diagnostics);
      }
    }
  }

  private static void receiverLists(Map<String, List<String>> expected, String path,
      Set<String> alerts, Set<String> receivers, SourceMap positions,
      Diagnostics diagnostics) {
    expected.forEach((alert, names) -> {
      alertNamed(alert, path + "." + alert, alerts, positions::keyAt, diagnostics);
      for (int k = 0; k < names.size(); k++) {
        if (!receivers.contains(names.get(k))) {
          String at = path + "." + alert + "[" + k + "]";
          diagnostics.error("CW415", at, positions.at(at), "receiver \"" + names.get(k)
              + "\" is not defined in the spec", "the spec's receivers are "
              + String.join(", ", receivers));
        }
      }
    });
  }

  private static void alertNamed(String alert, String path, Set<String> alerts,
      java.util.function.Function<String, dev.cwmon.diag.Position> where,
      Diagnostics diagnostics) {
    if (!alerts.contains(alert)) {
      diagnostics.error("CW415", path, where.apply(path), "alert \"" + alert
          + "\" is not one of the case's alerts", "the case fires "
          + String.join(", ", alerts) + "; expectations name those");
    }
  }
}
