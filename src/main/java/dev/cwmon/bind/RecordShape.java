package dev.cwmon.bind;

import dev.cwmon.model.Required;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the binder, the renderer and the spec walks need to know of a record class — its
 * components with their spec keys, types and accessors, and its canonical constructor —
 * computed once per class, since reflection on every record of a 100,000-rule spec is slow.
 */
public final class RecordShape {
  private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
    @Override
    protected RecordShape computeValue(Class<?> type) {
      return new RecordShape(type);
    }
  };

  /** One component: its spec key, declared and generic type, accessor, and annotations. */
  public record Part(
      String key, RecordComponent component, Class<?> type, Type genericType, Method accessor,
      boolean required) {
    public Object read(Object record) {
      try {
        return accessor.invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + key, e);
      }
    }
  }

  private final List<Part> parts;
  private final Map<String, Integer> indexByKey;
  private final Constructor<?> constructor;

  private RecordShape(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Part[] out = new Part[components.length];
    Class<?>[] types = new Class<?>[components.length];
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      Method accessor = c.getAccessor();
      accessor.setAccessible(true);
      out[i] = new Part(Names.keyOf(c), c, c.getType(), c.getGenericType(), accessor,
          c.isAnnotationPresent(Required.class));
      types[i] = c.getType();
      index.put(out[i].key(), i);
    }
    this.parts = List.of(out);
    this.indexByKey = Collections.unmodifiableMap(index);
    try {
      this.constructor = type.getDeclaredConstructor(types);
      this.constructor.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no canonical constructor in " + type, e);
    }
  }

  public static RecordShape of(Class<?> type) {
    return SHAPES.get(type);
  }

  public List<Part> parts() {
    return parts;
  }

  /** The position of the component written {@code key} in the spec, or null. */
  public Integer indexOf(String key) {
    return indexByKey.get(key);
  }

  public java.util.Set<String> keys() {
    return indexByKey.keySet();
  }

  public Constructor<?> constructor() {
    return constructor;
  }
}
