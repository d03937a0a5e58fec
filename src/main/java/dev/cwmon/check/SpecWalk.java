package dev.cwmon.check;

import dev.cwmon.bind.RecordShape;
import dev.cwmon.model.SecretRef;
import dev.cwmon.model.TextValue;
import java.lang.reflect.AnnotatedElement;
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
    void text(Path path, AnnotatedElement component, String key, String value);
  }

  /**
   * A spec path built only when asked for: most strings are fine, and building a path string
   * for each of a large spec's values would cost more than checking them.
   */
  record Path(Path parent, String key, int index) {
    static final Path ROOT = new Path(null, "", -1);

    Path child(String name) {
      return new Path(this, name, -1);
    }

    Path item(int i) {
      return new Path(this, null, i);
    }

    @Override
    public String toString() {
      if (parent == null) {
        return key;
      }
      String base = parent.toString();
      if (key == null) {
        return base + "[" + index + "]";
      }
      return base.isEmpty() ? key : base + "." + key;
    }
  }

  private SpecWalk() {}

  static void walk(Object value, Visitor visitor) {
    walk(value, Path.ROOT, null, "", visitor);
  }

  private static void walk(
      Object value, Path path, AnnotatedElement component, String key, Visitor visitor) {
    if (value == null || value instanceof SecretRef) {
      return;
    }
    if (value instanceof String s) {
      visitor.text(path, component, key, s);
    } else if (value instanceof TextValue) {
      visitor.text(path, component, key, value.toString());
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path.item(i), component, key, visitor);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        String name = String.valueOf(k);
        Path child = path.child(name);
        visitor.text(child, null, "", name);
        walk(v, child, null, name, visitor);
      });
    } else if (value instanceof Record record) {
      for (RecordShape.Part part : RecordShape.of(record.getClass()).parts()) {
        walk(part.read(record), path.child(part.key()), part.component(), part.key(), visitor);
      }
    }
  }


}
