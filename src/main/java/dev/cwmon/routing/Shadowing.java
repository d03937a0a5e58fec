package dev.cwmon.routing;

import dev.cwmon.model.alertmanager.Matcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds routes that can never be reached because an earlier sibling without {@code continue}
 * takes every alert they would take. The proof is exact for equality matchers and regexes
 * that are alternations of plain words, and conservative otherwise: a route is reported only
 * when it is certainly shadowed and an example alert confirms it in simulation.
 */
public final class Shadowing {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_:/ -]*");

  private Shadowing() {}

  /** A route that cannot be reached, the sibling that takes its alerts, and such an alert. */
  public record Shadowed(RouteNode route, RouteNode by, Map<String, String> example) {}

  public static List<Shadowed> find(RoutingTree tree) {
    List<Shadowed> out = new ArrayList<>();
    for (RouteNode node : tree.nodes()) {
      if (node.parent() == null) {
        continue;
      }
      List<Matcher> path = pathMatchers(node);
      List<RouteNode> siblings = node.parent().children();
      int position = siblings.indexOf(node);
      for (int i : node.parent().candidateIndexes(impliedEqualities(path))) {
        if (i >= position) {
          break;
        }
        RouteNode sibling = siblings.get(i);
        if (sibling.continues() || !implies(path, sibling.matchers())) {
          continue;
        }
        Map<String, String> example = witness(path);
        if (example != null && confirmed(tree, node, example)) {
          out.add(new Shadowed(node, sibling, example));
          break;
        }
      }
    }
    return out;
  }

  /** The labels whose value the matchers fix: {@code team = a}, or {@code team =~ "a"}. */
  static Map<String, String> impliedEqualities(List<Matcher> path) {
    Map<String, String> out = new java.util.HashMap<>();
    for (Matcher m : path) {
      Set<String> values = m.op() == Matcher.Op.EQ ? Set.of(m.value())
          : m.op() == Matcher.Op.RE ? words(m.value()) : null;
      if (values != null && values.size() == 1) {
        out.put(m.name(), values.iterator().next());
      }
    }
    return out;
  }

  private static boolean confirmed(RoutingTree tree, RouteNode node, Map<String, String> ex) {
    return tree.match(ex).stream().noneMatch(n -> n.lineage().contains(node));
  }

  static List<Matcher> pathMatchers(RouteNode node) {
    List<Matcher> out = new ArrayList<>();
    node.lineage().stream().skip(1).forEach(n -> out.addAll(n.matchers()));
    return out;
  }

  /** Whether every label set satisfying {@code given} satisfies each of {@code wanted}. */
  static boolean implies(List<Matcher> given, List<Matcher> wanted) {
    return wanted.stream().allMatch(w -> implies(given, w));
  }

  private static boolean implies(List<Matcher> given, Matcher w) {
    List<Matcher> same = given.stream().filter(g -> g.name().equals(w.name())).toList();
    Set<String> finite = finiteValues(same);
    if (finite != null) {
      return finite.stream().allMatch(v -> accepts(w, v));
    }
    if (same.contains(w)) {
      return true;
    }
    Set<String> words = w.op().isRegex() ? words(w.value()) : Set.of(w.value());
    return switch (w.op()) {
      case EQ -> false;
      case NE -> rejectedByAll(same, Set.of(w.value()));
      case RE -> w.value().equals(".*")
          || w.value().equals(".+") && rejectedByAll(same, Set.of(""));
      case NRE -> words != null && rejectedByAll(same, words);
    };
  }

  /** Whether each value is refused by at least one of {@code matchers}. */
  private static boolean rejectedByAll(List<Matcher> matchers, Set<String> values) {
    return values.stream().allMatch(v -> matchers.stream().anyMatch(m -> !accepts(m, v)));
  }

  /** The values one label can take under {@code matchers} when that set is finite, else null. */
  private static Set<String> finiteValues(List<Matcher> matchers) {
    for (Matcher m : matchers) {
      Set<String> candidates = m.op() == Matcher.Op.EQ ? Set.of(m.value())
          : m.op() == Matcher.Op.RE ? words(m.value()) : null;
      if (candidates != null) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : candidates) {
          if (matchers.stream().allMatch(x -> accepts(x, v))) {
            out.add(v);
          }
        }
        return out;
      }
    }
    return null;
  }

  /** The words of a regex that is an alternation of plain words ({@code a|b|c}), else null. */
  static Set<String> words(String regex) {
    Set<String> out = new LinkedHashSet<>();
    for (String part : regex.split("\\|", -1)) {
      if (!PLAIN.matcher(part).matches()) {
        return null;
      }
      out.add(part);
    }
    return out;
  }

  private static boolean accepts(Matcher m, String value) {
    return Labels.matches(m, Map.of(m.name(), value));
  }

  /** A label set satisfying every matcher, or null when none is found. */
  static Map<String, String> witness(List<Matcher> matchers) {
    Map<String, String> out = new TreeMap<>();
    Set<String> names = new LinkedHashSet<>();
    matchers.forEach(m -> names.add(m.name()));
    for (String name : names) {
      List<Matcher> same = matchers.stream().filter(m -> m.name().equals(name)).toList();
      String value = null;
      for (String candidate : candidates(same)) {
        if (same.stream().allMatch(m -> accepts(m, candidate))) {
          value = candidate;
          break;
        }
      }
      if (value == null) {
        return null;
      }
      if (!value.isEmpty()) {
        out.put(name, value);
      }
    }
    return out;
  }

  private static List<String> candidates(List<Matcher> same) {
    Set<String> out = new LinkedHashSet<>();
    Set<String> finite = finiteValues(same);
    if (finite != null) {
      return List.copyOf(finite);
    }
    for (Matcher m : same) {
      if (m.op() == Matcher.Op.RE) {
        out.add(sample(m.value()));
      }
    }
    out.add("");
    out.add("example");
    for (Matcher m : same) {
      out.add(m.value() + "x");
    }
    return List.copyOf(out);
  }

  /** A guess at a string {@code regex} matches; the caller checks it. */
  private static String sample(String regex) {
    String first = regex.split("\\|", -1)[0];
    return first.replace(".*", "").replace(".+", "x").replaceAll("[\\\\^$()?*+]", "")
        .replace(".", "x").replaceAll("\\[(.)[^]]*]", "$1");
  }
}
