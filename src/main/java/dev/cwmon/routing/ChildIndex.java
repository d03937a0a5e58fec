package dev.cwmon.routing;

import dev.cwmon.model.alertmanager.Matcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An index of a route's children by the first equality matcher each has, so that matching an
 * alert against thousands of sibling routes tries only those that could take it: a child
 * whose first matcher is {@code team = a} can only match an alert with {@code team="a"}.
 * Children without such a matcher are always tried. The order of the candidates is the
 * children's order, so Alertmanager's first-match semantics are kept.
 */
final class ChildIndex {
  private final int[] always;
  private final Map<String, Map<String, int[]>> byLabel;

  private ChildIndex(int[] always, Map<String, Map<String, int[]>> byLabel) {
    this.always = always;
    this.byLabel = byLabel;
  }

  static ChildIndex of(List<RouteNode> children) {
    List<Integer> always = new ArrayList<>();
    Map<String, Map<String, List<Integer>>> index = new HashMap<>();
    for (int i = 0; i < children.size(); i++) {
      Matcher key = firstEquality(children.get(i).matchers());
      if (key == null) {
        always.add(i);
      } else {
        index.computeIfAbsent(key.name(), n -> new HashMap<>())
            .computeIfAbsent(key.value(), v -> new ArrayList<>()).add(i);
      }
    }
    Map<String, Map<String, int[]>> byLabel = new HashMap<>();
    index.forEach((name, values) -> {
      Map<String, int[]> m = new HashMap<>();
      values.forEach((v, list) -> m.put(v, toArray(list)));
      byLabel.put(name, m);
    });
    return new ChildIndex(toArray(always), byLabel);
  }

  /** An equality matcher that an absent label cannot satisfy, or null. */
  private static Matcher firstEquality(List<Matcher> matchers) {
    for (Matcher m : matchers) {
      if (m.op() == Matcher.Op.EQ && !m.value().isEmpty()) {
        return m;
      }
    }
    return null;
  }

  /**
   * The indexes, ascending, of the children that may match a label set in which each label
   * of {@code known} has exactly that value.
   */
  int[] candidates(Map<String, String> known) {
    int[] out = always;
    for (Map.Entry<String, Map<String, int[]>> e : byLabel.entrySet()) {
      String value = known.get(e.getKey());
      int[] more = value == null ? null : e.getValue().get(value);
      if (more != null) {
        out = merge(out, more);
      }
    }
    return out;
  }

  private static int[] merge(int[] a, int[] b) {
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length || j < b.length) {
      out[k++] = j >= b.length || i < a.length && a[i] < b[j] ? a[i++] : b[j++];
    }
    return Arrays.copyOf(out, k);
  }

  private static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }
}
