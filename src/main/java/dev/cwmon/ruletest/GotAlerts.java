package dev.cwmon.ruletest;

import dev.cwmon.model.PromDuration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alerts promtool reports as {@code got:} when an alert test fails, keyed by test name,
 * alert name and eval time. Labels and annotations are printed as Go label sets:
 * {@code {alertname="A", instance="a\"b"}}.
 */
final class GotAlerts {
  /** One alert as promtool evaluated it. */
  record Alert(Map<String, String> labels, Map<String, String> annotations) {}

  private final Map<String, List<Alert>> byKey = new HashMap<>();

  static String key(String test, String alertname, PromDuration evalTime) {
    return test + "\u0000" + alertname + "\u0000" + evalTime.millis();
  }

  /** The alerts that fired; empty when promtool reported none (the test passed). */
  List<Alert> get(String test, String alertname, PromDuration evalTime) {
    return byKey.getOrDefault(key(test, alertname, evalTime), List.of());
  }

  static GotAlerts parse(String output) {
    GotAlerts got = new GotAlerts();
    String test = "";
    String current = null;
    boolean inGot = false;
    Map<String, String> labels = null;
    for (String raw : output.split("\n")) {
      String line = raw.strip();
      if (line.startsWith("name: ")) {
        test = line.substring(6).replaceAll(",$", "");
      } else if (line.startsWith("alertname: ")) {
        int comma = line.indexOf(", time: ");
        String time = line.substring(comma + 8).replaceAll(",\\s*$", "");
        PromDuration at = PromDuration.parseOrNull(time);
        current = at == null ? null : key(test, line.substring(11, comma), at);
        inGot = false;
      } else if (line.startsWith("got:[")) {
        inGot = current != null;
        if (inGot) {
          got.byKey.put(current, new ArrayList<>());
        }
      } else if (inGot && line.startsWith("Labels:")) {
        labels = labelSet(line.substring(7));
      } else if (inGot && line.startsWith("Annotations:") && labels != null) {
        got.byKey.get(current).add(new Alert(labels, labelSet(line.substring(12))));
        labels = null;
      } else if (inGot && line.equals("]")) {
        inGot = false;
      }
    }
    return got;
  }

  /** Reads {@code {a="x", b="y\"z"}}, with an optional trailing comma. */
  static Map<String, String> labelSet(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    int i = text.indexOf('{') + 1;
    while (i > 0 && i < text.length() && text.charAt(i) != '}') {
      int eq = text.indexOf("=\"", i);
      String name = text.substring(i, eq).strip();
      StringBuilder value = new StringBuilder();
      int j = eq + 2;
      while (text.charAt(j) != '"') {
        char c = text.charAt(j++);
        if (c == '\\') {
          char e = text.charAt(j++);
          value.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
        } else {
          value.append(c);
        }
      }
      out.put(name, value.toString());
      i = j + 1;
      while (i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == ' ')) {
        i++;
      }
    }
    return out;
  }
}
