package dev.cwmon.bind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cwmon.model.Doc;
import dev.cwmon.model.PromDuration;
import dev.cwmon.model.Required;
import dev.cwmon.model.SecretRef;
import dev.cwmon.model.Spec;
import dev.cwmon.model.Version;
import dev.cwmon.model.alertmanager.Matcher;
import dev.cwmon.resolve.Environments;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The JSON Schema (draft 2020-12) of the spec, derived from the model's records the way the
 * {@link Binder} reads them: keys from {@link Names#keyOf}, {@link Required} components
 * required, no other keys allowed, enums by their spec spelling, scalars with their syntax.
 */
public final class SpecSchema {
  public static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
  static final String DURATION =
      "^(0|([0-9]+y)?([0-9]+w)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?([0-9]+ms)?)$";

  private final ScalarTypes scalars = SpecScalars.all();
  private final Map<String, Object> defs = new TreeMap<>();
  private final Map<Class<?>, String> names = new LinkedHashMap<>();

  private SpecSchema() {}

  /** The schema of {@link Spec}, as an ordered tree of maps and lists. */
  public static Map<String, Object> of() {
    SpecSchema schema = new SpecSchema();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", DRAFT);
    root.put("title", "cwmon spec");
    root.putAll(schema.record(Spec.class));
    schema.addEnvironments(root);
    root.put("$defs", schema.defs);
    return root;
  }

  /** The schema as pretty-printed JSON, ending in a newline. */
  public static String json() {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(of()).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the schema", e);
    }
  }

  @SuppressWarnings("unchecked")
  private void addEnvironments(Map<String, Object> root) {
    Map<String, Object> properties = (Map<String, Object>) root.get("properties");
    List<String> keys = new ArrayList<>(properties.keySet());
    Map<String, Object> overlay = new LinkedHashMap<>();
    overlay.put("type", List.of("object", "null"));
    overlay.put("description", "Keys merged over the base: mappings deeply, lists and values "
        + "replaced, null removes a key.");
    overlay.put("propertyNames", obj("enum", keys));
    Map<String, Object> environments = new LinkedHashMap<>();
    environments.put("type", "object");
    environments.put("description",
        "Named overlays, applied with --env NAME (e.g. prod, staging).");
    environments.put("additionalProperties", overlay);
    properties.put(Environments.KEY, environments);
  }

  private Map<String, Object> record(Class<?> type) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    describe(schema, type.getAnnotation(Doc.class));
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      String key = Names.keyOf(component);
      Map<String, Object> property = new LinkedHashMap<>(of(component.getGenericType()));
      describe(property, component.getAnnotation(Doc.class));
      properties.put(key, property);
      if (component.isAnnotationPresent(Required.class)) {
        required.add(key);
      }
    }
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  private Map<String, Object> of(Type type) {
    Class<?> raw = Binder.rawClass(type);
    if (raw == SecretRef.class) {
      return ref(raw, this::secret);
    }
    if (raw == List.class) {
      return obj("type", "array", "items", of(argument(type, 0)));
    }
    if (raw == Map.class) {
      return obj("type", "object", "additionalProperties", of(argument(type, 1)));
    }
    if (scalars.supports(raw)) {
      return scalar(raw);
    }
    if (raw.isRecord()) {
      return ref(raw, this::record);
    }
    if (raw.isInterface()) {
      // A value of several shapes, bound by its own NodeBinder (a Logstash statement or
      // setting): any JSON value is allowed here; the binder reports what it refuses.
      return obj("description", "one of several shapes; see the documentation of this key");
    }
    return obj("type", "string");
  }

  private Map<String, Object> scalar(Class<?> raw) {
    if (raw == Integer.class || raw == Long.class) {
      return obj("type", "integer");
    }
    if (raw == Double.class) {
      return obj("type", "number");
    }
    if (raw == Boolean.class) {
      return obj("type", "boolean");
    }
    if (raw.isEnum()) {
      return obj("type", "string", "enum", Arrays.stream(raw.getEnumConstants())
          .map(c -> ScalarTypes.yamlName((Enum<?>) c)).toList());
    }
    if (raw == PromDuration.class) {
      return obj("type", "string", "pattern", DURATION, "minLength", 1);
    }
    if (raw == Version.class) {
      return obj("type", List.of("string", "number"),
          "pattern", "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$");
    }
    if (raw == Matcher.class) {
      // One item may hold several matchers, in braces or not, or none: "{}".
      return obj("type", "string",
          "pattern", "^\\s*\\{?\\s*([a-zA-Z_:][a-zA-Z0-9_:]*\\s*(=~|!=|!~|=)|}?\\s*$)");
    }
    if (raw == String.class) {
      // The binder reads any scalar as text, as a threshold: 0.5 or a label value: 404.
      return obj("type", List.of("string", "number", "boolean"));
    }
    return obj("type", "string");
  }

  private Map<String, Object> secret(Class<?> type) {
    Map<String, Object> schema = new LinkedHashMap<>();
    describe(schema, type.getAnnotation(Doc.class));
    schema.put("oneOf", List.of(secretBy("env"), secretBy("file")));
    return schema;
  }

  private static Map<String, Object> secretBy(String key) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", obj(key, obj("type", "string", "minLength", 1)));
    schema.put("required", List.of(key));
    schema.put("additionalProperties", false);
    return schema;
  }

  private Map<String, Object> ref(
      Class<?> type, Function<Class<?>, Map<String, Object>> build) {
    String name = names.get(type);
    if (name == null) {
      name = defName(type);
      names.put(type, name);
      defs.put(name, obj());
      defs.put(name, build.apply(type));
    }
    return obj("$ref", "#/$defs/" + name);
  }

  private String defName(Class<?> type) {
    String name = type.getSimpleName();
    if (!defs.containsKey(name)) {
      return name;
    }
    String pkg = type.getPackageName();
    return pkg.substring(pkg.lastIndexOf('.') + 1) + "." + name;
  }

  /** An ordered mapping of the given keys and values, so that the JSON is deterministic. */
  private static Map<String, Object> obj(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static void describe(Map<String, Object> schema, Doc doc) {
    if (doc != null) {
      schema.put("description", doc.value());
    }
  }

  private static Type argument(Type type, int i) {
    return ((ParameterizedType) type).getActualTypeArguments()[i];
  }
}
