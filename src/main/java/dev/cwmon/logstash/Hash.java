package dev.cwmon.logstash;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A hash value {@code { "key" => value }} with its entries in source order. Keys are strings,
 * numbers or barewords; Logstash rejects a hash that repeats a key.
 */
public record Hash(List<Entry> entries) implements Value {
  /** One {@code key => value} pair. */
  public record Entry(Value key, Value value) {
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      if (!(key instanceof Str || key instanceof Num || key instanceof Bareword
          || key instanceof Bool)) {
        throw new IllegalArgumentException("hash key must be a string, number or bareword");
      }
      if (value instanceof Plugin plugin) {
        throw new IllegalArgumentException("plugin as a hash value: " + plugin.name());
      }
    }

    public static Entry of(String key, Value value) {
      return new Entry(Str.of(key), value);
    }
  }

  public Hash {
    entries = List.copyOf(entries);
    Set<Value> keys = new HashSet<>();
    for (Entry entry : entries) {
      if (!keys.add(entry.key())) {
        throw new IllegalArgumentException("duplicate hash key: " + entry.key());
      }
    }
  }

  public static Hash of(Entry... entries) {
    return new Hash(List.of(entries));
  }
}
