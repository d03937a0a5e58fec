package dev.cwmon.check;

import dev.cwmon.bind.Names;
import dev.cwmon.model.SecretRef;
import dev.cwmon.model.TextValue;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * Visits every string of a bound spec with its spec path, generically over the records, so
 * that checks of all values (secrets, file names) cannot miss a field added later. Map keys
 * are visited as well as values; secret references are skipped.
 */
final class SpecWalk {
  /** One string: where it is, the record component it belongs to (null in maps), the key. */
  interface Visitor {
    void text(String path, AnnotatedElement component, String key, String value);
  }

  private SpecWalk() {}

  static void walk(Object value, String path, Visitor visitor) {
    walk(value, path, null, "", visitor);
  }

  private static void walk(
      Object value, String path, AnnotatedElement component, String key, Visitor visitor) {
    if (value == null || value instanceof SecretRef) {
      return;
    }
    if (value instanceof String s) {
      visitor.text(path, component, key, s);
    } else if (value instanceof TextValue) {
      visitor.text(path, component, key, value.toString());
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", component, key, visitor);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        String name = String.valueOf(k);
        String child = join(path, name);
        visitor.text(child, null, "", name);
        walk(v, child, null, name, visitor);
      });
    } else if (value instanceof Record record) {
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        String name = Names.keyOf(c);
        walk(read(c, record), join(path, name), c, name, visitor);
      }
    }
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static Object read(RecordComponent c, Record record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }
}
