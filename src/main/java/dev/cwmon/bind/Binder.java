package dev.cwmon.bind;

import dev.cwmon.diag.Diagnostics;
import dev.cwmon.diag.Position;
import dev.cwmon.model.SecretRef;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Maps YAML nodes onto the model's immutable records. Every problem (unknown key, wrong type,
 * missing field, bad scalar, literal secret) becomes a diagnostic at its line and column, and
 * binding goes on so that one run reports all of them. Nothing is defaulted silently: an
 * absent optional key binds to null, or to an empty list or map.
 */
public final class Binder {
  private final Diagnostics diagnostics;
  private final SourceMap sourceMap;
  private final ScalarTypes scalars;
  private final Map<Node, String> fileOf = new IdentityHashMap<>();
  private final Map<Class<?>, NodeBinder<?>> custom = new HashMap<>();
  private boolean lenient;
  private boolean salvage;
  private boolean dropped;
  /** For each list whose items moved (dropped in salvage, or split): each item's spec index. */
  private final Map<String, List<Integer>> kept = new HashMap<>();

  public Binder(Diagnostics diagnostics, SourceMap sourceMap, ScalarTypes scalars) {
    this.diagnostics = diagnostics;
    this.sourceMap = sourceMap;
    this.scalars = scalars;
  }

  /** Binds values of {@code type} with {@code binder}, from whatever node the spec holds. */
  public <T> Binder register(Class<T> type, NodeBinder<? extends T> binder) {
    custom.put(type, binder);
    return this;
  }

  /**
   * Makes unknown keys an info "not checked by cwmon" (CW109) instead of an error, for files
   * written for the real tools, which know keys the model leaves out. Rule files stay strict:
   * the model has every key of Prometheus's rule format, and promtool refuses any other.
   */
  public Binder lenient() {
    lenient = true;
    return this;
  }

  /**
   * Builds what can be built despite errors: a list or map drops the items that failed, a
   * record is built without the values that failed when it can be. The model is then only
   * good for finding more problems, never for output; see {@link #sourcePath(String)}.
   */
  public Binder salvage() {
    salvage = true;
    return this;
  }

  public boolean isSalvage() {
    return salvage;
  }

  /** Whether salvage dropped a whole item somewhere, so that references to it may dangle. */
  public boolean droppedAny() {
    return dropped;
  }

  /**
   * The spec path of a path of the model: where a list lost items in salvage, or one scalar
   * stood for several items, its indexes are turned back into those written in the spec.
   */
  public String sourcePath(String modelPath) {
    if (kept.isEmpty()) {
      return modelPath;
    }
    StringBuilder out = new StringBuilder(modelPath.length());
    int i = 0;
    while (i < modelPath.length()) {
      int open = modelPath.indexOf('[', i);
      int close = open < 0 ? -1 : modelPath.indexOf(']', open);
      if (close < 0) {
        out.append(modelPath, i, modelPath.length());
        break;
      }
      out.append(modelPath, i, open);
      String index = modelPath.substring(open + 1, close);
      List<Integer> survivors = kept.get(out.toString());
      if (survivors != null && !index.isEmpty() && index.chars().allMatch(Character::isDigit)
          && index.length() < 9 && Integer.parseInt(index) < survivors.size()) {
        index = String.valueOf(survivors.get(Integer.parseInt(index)));
      }
      out.append('[').append(index).append(']');
      i = close + 1;
    }
    return out.toString();
  }

  /** Records that {@code node} and everything below it was read from {@code file}. */
  public void fileOf(Node node, String file) {
    fileOf.put(node, file);
  }

  /**
   * Binds a record from top-level entries that may come from several files. Returns null when
   * any error was reported for it.
   */
  public <T> T bindRoot(Class<T> type, List<NodeTuple> entries, String file) {
    org.yaml.snakeyaml.error.Mark start =
        entries.isEmpty() ? null : entries.get(0).getKeyNode().getStartMark();
    MappingNode merged = new MappingNode(Tag.MAP, true, entries, start, start,
        org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
    sourceMap.put("", new Position(file, 1, 1));
    return type.cast(bind(merged, type, "", file));
  }

  /** Binds {@code node} as a value of {@code type} at spec path {@code path}. */
  public Object bind(Node node, Type type, String path, String file) {
    file = fileOf.getOrDefault(node, file);
    Position at = remember(node, path, file);
    if (isNull(node)) {
      return null;
    }
    Class<?> raw = rawClass(type);
    if (custom.containsKey(raw)) {
      return custom.get(raw).bind(this, node, path, file);
    }
    if (raw == SecretRef.class) {
      return bindSecret(node, path, file, at);
    }
    if (scalars.supports(raw)) {
      return bindScalar(node, raw, path, at);
    }
    if (raw == List.class) {
      return bindList(node, typeArgument(type, 0), path, file, at);
    }
    if (raw == Map.class) {
      return bindMap(node, typeArgument(type, 1), path, file, at);
    }
    if (raw.isRecord()) {
      return bindRecord(node, raw, path, file, at);
    }
    throw new IllegalStateException("no binding for " + type);
  }

  private Object bindScalar(Node node, Class<?> type, String path, Position at) {
    if (!(node instanceof ScalarNode scalar)) {
      typeError(path, at, ScalarTypes.describe(type), node);
      return null;
    }
    ScalarParser.Result<?> result = scalars.parse(type, scalar);
    if (!result.ok()) {
      diagnostics.error("CW105", path, at, result.error(), result.hint());
      return null;
    }
    return result.value();
  }

  private Object bindSecret(Node node, String path, String file, Position at) {
    if (node instanceof ScalarNode && lenient) {
      diagnostics.warning("CW110", path, at,
          "literal secret in " + describePath(path) + " (value not shown)",
          "keep it out of version control: use the tool's *_file form");
      return SecretRef.file("(inline)");
    }
    if (node instanceof ScalarNode) {
      diagnostics.error("CW110", path, at,
          "literal secret in " + describePath(path) + " (value not shown)",
          "reference it instead: {file: /etc/secrets/name} or {env: NAME}");
      return null;
    }
    int before = errorCount();
    Object bound = bindRecord(node, SecretRef.class, path, file, at);
    if (bound == null && errorCount() == before) {
      diagnostics.error("CW111", path, at,
          "secret reference needs exactly one of env and file",
          "write {file: /etc/secrets/name} or {env: NAME}");
    }
    return bound;
  }

  private List<Object> bindList(Node node, Type element, String path, String file, Position at) {
    if (!(node instanceof SequenceNode sequence)) {
      typeError(path, at, "a list", node);
      return null;
    }
    int before = errorCount();
    List<Object> out = new ArrayList<>();
    List<Integer> survivors = new ArrayList<>();
    List<Node> items = sequence.getValue();
    Class<?> raw = rawClass(element);
    for (int i = 0; i < items.size(); i++) {
      if (scalars.splits(raw) && items.get(i) instanceof ScalarNode scalar) {
        List<?> values = bindItems(scalar, raw, path + "[" + i + "]", file);
        for (Object value : values) {
          out.add(value);
          survivors.add(i);
        }
        continue;
      }
      Object value = bind(items.get(i), element, path + "[" + i + "]", file);
      if (value == null && errorCount() == before && isNull(items.get(i))) {
        diagnostics.error("CW106", path + "[" + i + "]", position(items.get(i), file),
            "empty list item in " + describePath(path), "remove the empty \"-\" line");
      }
      if (value != null || !salvage) {
        out.add(value);
        survivors.add(i);
      }
    }
    if (!isIdentity(survivors, items.size())) {
      kept.put(path, survivors);
    }
    if (salvage) {
      dropped |= survivors.size() < items.size();
      return List.copyOf(out);
    }
    return errorCount() == before ? List.copyOf(out) : null;
  }

  /** Records where {@code node}, bound at {@code path}, was written, and returns the place. */
  private Position remember(Node node, String path, String file) {
    Position at = position(node, file);
    sourceMap.put(path, at);
    if (node instanceof ScalarNode scalar) {
      Character style = scalar.getScalarStyle().getChar();
      sourceMap.putStyle(path, style == null ? 'p' : style);
      sourceMap.putScalar(path, at, style == null ? 'p' : style, scalar.getValue());
    }
    return at;
  }

  /** The items one scalar stands for; none after an error, which is reported. */
  private List<?> bindItems(ScalarNode scalar, Class<?> type, String path, String file) {
    Position at = remember(scalar, path, fileOf.getOrDefault(scalar, file));
    ScalarParser.Result<? extends List<?>> result = scalars.parseItems(type, scalar);
    if (!result.ok()) {
      diagnostics.error("CW105", path, at, result.error(), result.hint());
      return List.of();
    }
    return result.value();
  }

  /**
   * Checks the keys of a section cwmon does not model against the tool's list, at every depth
   * that has one: {@code storage: {tsdb: {retention: 30d}}} is refused as promtool refuses it.
   */
  private void unmodelledKeys(Class<?> type, String keys, Node node, String path, String file) {
    Set<String> known = ToolKeys.below(type, keys);
    if (known == null || !(node instanceof MappingNode mapping)) {
      return;
    }
    for (NodeTuple entry : mapping.getValue()) {
      if (!(entry.getKeyNode() instanceof ScalarNode k)) {
        continue;
      }
      String childPath = path + "." + k.getValue();
      if (known.contains(k.getValue())) {
        unmodelledKeys(type, keys + "." + k.getValue(), entry.getValueNode(), childPath, file);
      } else {
        String retention = keys.equals("storage.tsdb") && k.getValue().startsWith("retention")
            ? "retention is a server flag, --storage.tsdb.retention.time (or .size), not a"
                + " prometheus.yml setting" : null;
        unknownKey(k.getValue(), childPath, position(k, file), known, path,
            "; Prometheus 2.42 refuses it", retention, "");
      }
    }
  }

  private static boolean isIdentity(List<Integer> survivors, int size) {
    if (survivors.size() != size) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      if (survivors.get(i) != i) {
        return false;
      }
    }
    return true;
  }

  private Map<String, Object> bindMap(
      Node node, Type valueType, String path, String file, Position at) {
    if (!(node instanceof MappingNode mapping)) {
      typeError(path, at, "a mapping", node);
      return null;
    }
    int before = errorCount();
    Map<String, Object> out = new LinkedHashMap<>();
    for (NodeTuple entry : mapping.getValue()) {
      String key = keyText(entry.getKeyNode(), path, file);
      if (key == null) {
        continue;
      }
      String childPath = path.isEmpty() ? key : path + "." + key;
      if (out.containsKey(key)) {
        duplicateKey(key, childPath, position(entry.getKeyNode(), file));
        continue;
      }
      sourceMap.putKey(childPath, position(entry.getKeyNode(), file));
      if (isNull(entry.getValueNode())) {
        diagnostics.error("CW106", childPath, position(entry.getValueNode(), file),
            "no value for \"" + key + "\" in " + describePath(path),
            "give it a value, or remove the key");
        continue;
      }
      Object value = bind(entry.getValueNode(), valueType, childPath, file);
      if (value != null || !salvage) {
        out.put(key, value);
      } else {
        dropped = true;
      }
    }
    return errorCount() == before || salvage ? out : null;
  }

  private Object bindRecord(Node node, Class<?> type, String path, String file, Position at) {
    if (!(node instanceof MappingNode mapping)) {
      typeError(path, at, "a mapping", node);
      return null;
    }
    RecordShape shape = RecordShape.of(type);
    Set<String> toolKeys = lenient ? ToolKeys.of(type) : null;
    List<RecordShape.Part> parts = shape.parts();
    int before = errorCount();
    Object[] values = new Object[parts.size()];
    Set<String> seen = new HashSet<>();
    for (NodeTuple entry : mapping.getValue()) {
      String key = keyText(entry.getKeyNode(), path, file);
      if (key == null) {
        continue;
      }
      String childPath = path.isEmpty() ? key : path + "." + key;
      Position keyAt = position(entry.getKeyNode(), file);
      Integer i = shape.indexOf(key);
      Integer secret = i == null && lenient && key.endsWith("_file")
          ? shape.indexOf(key.substring(0, key.length() - "_file".length())) : null;
      if (secret != null && parts.get(secret).type() == SecretRef.class
          && entry.getValueNode() instanceof ScalarNode ref && values[secret] == null) {
        values[secret] = SecretRef.file(ref.getValue());
        sourceMap.put(childPath, keyAt);
      } else if (i == null && lenient && !path.startsWith("rules[")
          && toolKeys != null && !toolKeys.contains(key)) {
        Set<String> known = new java.util.TreeSet<>(toolKeys);
        known.addAll(shape.keys());
        unknownKey(key, childPath, keyAt, known, path,
            "; Prometheus 2.42 and Alertmanager 0.25 refuse it", null, "remove it, or check"
                + " that your Prometheus or Alertmanager is newer and knows it; ");
      } else if (i == null && lenient && !path.startsWith("rules[")) {
        diagnostics.add(new dev.cwmon.diag.Diagnostic("CW109", dev.cwmon.diag.Severity.INFO,
            childPath, keyAt, "\"" + key + "\" in " + describePath(path)
                + " is not checked by cwmon", "the real tool's own check covers it"));
        unmodelledKeys(type, key, entry.getValueNode(), childPath, file);
      } else if (i == null) {
        unknownKey(key, childPath, keyAt, shape.keys(), path);
      } else if (!seen.add(key)) {
        duplicateKey(key, childPath, keyAt);
      } else {
        values[i] = bind(entry.getValueNode(), parts.get(i).genericType(), childPath, file);
      }
    }
    for (int i = 0; i < parts.size(); i++) {
      String key = parts.get(i).key();
      if (values[i] == null && parts.get(i).required()) {
        String childPath = path.isEmpty() ? key : path + "." + key;
        if (!seen.contains(key)) {
          diagnostics.error("CW104", childPath, at,
              "missing required key \"" + key + "\" in " + describePath(path),
              "add " + key + ": to this mapping");
        } else if (errorCount() == before) {
          diagnostics.error("CW104", childPath, sourceMap.at(childPath),
              "\"" + key + "\" must not be empty", "give " + key + " a value");
        }
      }
      if (values[i] == null) {
        values[i] = emptyOf(parts.get(i).type());
      }
    }
    if (errorCount() == before) {
      return construct(type, shape, values, path, at);
    }
    return salvage ? salvaged(type, shape, values, path, at) : null;
  }

  /** A record built without its failed values, or null when it cannot be built without them. */
  private Object salvaged(
      Class<?> type, RecordShape shape, Object[] values, String path, Position at) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null && shape.parts().get(i).required()) {
        return null;
      }
    }
    try {
      return construct(type, shape, values, path, at);
    } catch (RuntimeException invariant) {
      // A record whose own checks refuse what is left of it is dropped like a failed item.
      return null;
    }
  }

  private Object construct(
      Class<?> type, RecordShape shape, Object[] values, String path, Position at) {
    try {
      return shape.constructor().newInstance(values);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException) {
        diagnostics.error("CW107", path, at, cause.getMessage() + " in " + describePath(path),
            "see cwmon explain CW107");
        return null;
      }
      throw new IllegalStateException("cannot build " + type.getSimpleName(), cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  private static Object emptyOf(Class<?> type) {
    if (type == List.class) {
      return List.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    return null;
  }

  private String keyText(Node keyNode, String path, String file) {
    if (keyNode instanceof ScalarNode scalar && !isNull(scalar)) {
      return scalar.getValue();
    }
    diagnostics.error("CW102", path, position(keyNode, file),
        "keys must be plain strings in " + describePath(path),
        "write the key as a word, e.g. job_name:");
    return null;
  }

  private void unknownKey(
      String key, String path, Position at, Set<String> known, String parent) {
    unknownKey(key, path, at, known, parent, "", key.equals("<<")
        ? "a quoted \"<<\" is an ordinary key; write << unquoted to merge a mapping" : null, "");
  }

  /**
   * CW102 for {@code key}: {@code refusal} ends the message; the hint is {@code fixedHint} when
   * given, else a did-you-mean, else {@code lead} and the keys known here.
   */
  private void unknownKey(String key, String path, Position at, Set<String> known,
      String parent, String refusal, String fixedHint, String lead) {
    String suggestion = fixedHint == null ? Names.didYouMean(key, known) : null;
    String hint = fixedHint != null ? fixedHint
        : suggestion != null ? "did you mean \"" + suggestion + "\"?"
        : lead + "known keys here: " + String.join(", ", known);
    diagnostics.error("CW102", path, at,
        "unknown key \"" + key + "\" in " + describePath(parent) + refusal, hint);
  }

  private void duplicateKey(String key, String path, Position at) {
    diagnostics.error("CW103", path, at, "duplicate key \"" + key + "\"",
        "keep one of the entries; YAML would silently use only one");
  }

  void typeError(String path, Position at, String expected, Node actual) {
    diagnostics.error("CW105", path, at,
        leaf(path) + " must be " + expected + ", not " + describeNode(actual),
        "write " + expected + " here");
  }

  int errorCount() {
    return diagnostics.errorCount();
  }

  void error(String code, String path, Position at, String message, String hint) {
    diagnostics.error(code, path, at, message, hint);
  }

  /** Records the position of a place inside a value, e.g. a field in a condition. */
  void mark(String path, Position at) {
    sourceMap.put(path, at);
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
  }

  private static String describeNode(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return "a scalar";
  }

  /** The last key of a path: {@code scrape_interval} of {@code jobs[1].scrape_interval}. */
  static String leaf(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? describePath(path) : path.substring(path.charAt(cut) == '.' ? cut + 1 : 0);
  }

  static String describePath(String path) {
    return path.isEmpty() ? "the spec" : path;
  }

  Position position(Node node, String file) {
    file = fileOf.getOrDefault(node, file);
    return node.getStartMark() == null ? new Position(file, 1, 1)
        : new Position(file, node.getStartMark().getLine() + 1,
            node.getStartMark().getColumn() + 1);
  }

  static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("unsupported type " + type);
  }

  private static Type typeArgument(Type type, int i) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[i];
    }
    throw new IllegalArgumentException("raw collection type " + type);
  }
}
