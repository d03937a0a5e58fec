package dev.cwmon.render;

import dev.cwmon.bind.RecordShape;
import dev.cwmon.bind.ScalarTypes;
import dev.cwmon.model.PromDuration;
import dev.cwmon.model.SecretRef;
import dev.cwmon.model.SpecOnly;
import dev.cwmon.model.TextValue;
import dev.cwmon.model.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns model records into the plain tree of an output document (ordered maps, lists, strings,
 * numbers, booleans) under the target format's key names. Unset keys and empty collections
 * are left out; a secret reference {@code password: {file: P}} becomes {@code password_file: P}.
 */
public final class Tree {
  private Tree() {}

  /** The document tree of {@code value}; records become maps keyed by their spec names. */
  public static Object of(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Integer || value instanceof Long) {
      return ((Number) value).longValue();
    }
    if (value instanceof Double d) {
      return d;
    }
    if (value instanceof PromDuration || value instanceof Version || value instanceof TextValue) {
      return value.toString();
    }
    if (value instanceof Enum<?> e) {
      return ScalarTypes.yamlName(e);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(item -> out.add(of(item)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> putIfPresent(out, String.valueOf(k), of(v)));
      return out;
    }
    if (value instanceof Record record) {
      return ofRecord(record);
    }
    return value.toString();
  }

  private static Map<String, Object> ofRecord(Record record) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (RecordShape.Part part : RecordShape.of(record.getClass()).parts()) {
      if (part.component().isAnnotationPresent(SpecOnly.class)) {
        continue;
      }
      Object v = part.read(record);
      String key = part.key();
      if (v instanceof SecretRef secret) {
        if (!secret.isFile()) {
          // Checks refuse environment references where the target reads only files; one
          // reaching here would otherwise vanish from the output without a word.
          throw new IllegalStateException("environment secret reached a file-only field: " + key);
        }
        out.put(key + "_file", secret.file());
        continue;
      }
      putIfPresent(out, key, of(v));
    }
    return out;
  }

  /** Adds {@code value} unless it is null or an empty list or map. */
  public static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value == null
        || value instanceof List<?> l && l.isEmpty()
        || value instanceof Map<?, ?> m && m.isEmpty()) {
      return;
    }
    map.put(key, value);
  }


  /** A map view of a tree node, for views that adjust a converted record. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object node) {
    return (Map<String, Object>) node;
  }
}
