package dev.cwmon.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Immutable copies of maps that keep the order the spec wrote them in. */
public final class OrderedMap {
  private OrderedMap() {}

  public static <K, V> Map<K, V> copyOf(Map<K, V> map) {
    Map<K, V> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
    return Collections.unmodifiableMap(copy);
  }
}
