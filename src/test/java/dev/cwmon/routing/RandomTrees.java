package dev.cwmon.routing;

import dev.cwmon.model.PromDuration;
import dev.cwmon.model.alertmanager.AlertmanagerSpec;
import dev.cwmon.model.alertmanager.InhibitRule;
import dev.cwmon.model.alertmanager.Matcher;
import dev.cwmon.model.alertmanager.Receiver;
import dev.cwmon.model.alertmanager.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Seeded random routing trees and the label sets that exercise them. */
final class RandomTrees {
  private static final String[] NAMES = {"team", "severity", "env", "service"};
  private static final String[] VALUES = {"a", "b", "c", "db"};
  private static final String[] REGEXES = {"a|b", "d.*", ".*", ".+", "a|c|db", "[ab]"};

  private final Random random;

  RandomTrees(long seed) {
    this.random = new Random(seed);
  }

  AlertmanagerSpec spec() {
    Route root = route(0, true);
    List<Receiver> receivers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      receivers.add(new Receiver("r" + i, List.of(), List.of(), List.of(), List.of()));
    }
    List<InhibitRule> inhibit = List.of(new InhibitRule(List.of(matcher()), List.of(matcher()),
        List.of(NAMES[random.nextInt(NAMES.length)])));
    return new AlertmanagerSpec(null, List.of(), root, inhibit, List.of(), receivers);
  }

  private Route route(int depth, boolean root) {
    List<Route> children = new ArrayList<>();
    int n = depth >= 3 ? 0 : random.nextInt(root ? 5 : 4);
    for (int i = 0; i < n; i++) {
      children.add(route(depth + 1, false));
    }
    List<Matcher> matchers = new ArrayList<>();
    if (!root) {
      int m = random.nextInt(3);
      for (int i = 0; i < m; i++) {
        matchers.add(matcher());
      }
    }
    String receiver = root || random.nextInt(3) == 0 ? "r" + random.nextInt(6) : null;
    List<String> groupBy = switch (random.nextInt(5)) {
      case 0 -> List.of("...");
      case 1 -> List.of(NAMES[random.nextInt(NAMES.length)], "alertname");
      default -> List.of();
    };
    return new Route(receiver, groupBy, !root && random.nextInt(3) == 0 ? Boolean.TRUE : null,
        matchers, duration(), duration(), duration(), List.of(), List.of(), children);
  }

  private PromDuration duration() {
    return random.nextInt(3) == 0 ? PromDuration.ofSeconds(1 + random.nextInt(600)) : null;
  }

  private Matcher matcher() {
    String name = NAMES[random.nextInt(NAMES.length)];
    Matcher.Op op = Matcher.Op.values()[random.nextInt(4)];
    String value = op.isRegex() ? REGEXES[random.nextInt(REGEXES.length)]
        : VALUES[random.nextInt(VALUES.length)];
    return new Matcher(name, op, value);
  }

  /** {@code count} label sets over the names and values the tree's matchers use. */
  List<Map<String, String>> labelSets(RoutingTree tree, int count) {
    Map<String, Set<String>> values = new TreeMap<>();
    for (RouteNode node : tree.nodes()) {
      for (Matcher m : node.route().matchers()) {
        Set<String> set = values.computeIfAbsent(m.name(), k -> new TreeSet<>());
        if (m.op().isRegex()) {
          for (String alt : m.value().split("\\|")) {
            set.add(alt.replaceAll("[^A-Za-z0-9_]", ""));
          }
        } else {
          set.add(m.value());
        }
        set.add("other");
        set.add("dbx");
      }
    }
    List<Map<String, String>> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Map<String, String> labels = new LinkedHashMap<>();
      labels.put("alertname", "A" + random.nextInt(3));
      values.forEach((name, vs) -> {
        if (random.nextInt(4) != 0) {
          List<String> list = new ArrayList<>(vs);
          String v = list.get(random.nextInt(list.size()));
          if (!v.isEmpty()) {
            labels.put(name, v);
          }
        }
      });
      out.add(labels);
    }
    return out;
  }
}
