package dev.cwmon.logstash;

import java.util.Arrays;
import java.util.List;

/** An array value {@code ["a", "b"]}; also a list literal in a condition. */
public record Arr(List<Value> items) implements Value, Operand {
  public Arr {
    items = List.copyOf(items);
    for (Value item : items) {
      if (item instanceof Plugin plugin) {
        throw new IllegalArgumentException("plugin inside an array: " + plugin.name());
      }
    }
  }

  public static Arr of(Value... items) {
    return new Arr(List.of(items));
  }

  public static Arr ofStrings(String... items) {
    return new Arr(Arrays.stream(items).map(Str::of).map(Value.class::cast).toList());
  }
}
