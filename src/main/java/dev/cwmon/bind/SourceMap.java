package dev.cwmon.bind;

import dev.cwmon.diag.Position;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Where each spec path ({@code alertmanager.route.routes[2].receiver}) was written, so that
 * checks on the typed model can still name file:line:col.
 */
public final class SourceMap {
  private final Map<String, Position> positions;
  private final Map<String, Position> keys;
  private final Map<String, Character> styles;
  private final Map<String, Scalar> scalars;
  private final Map<String, String[]> texts;
  private final UnaryOperator<String> toSpec;
  private final Predicate<String> generated;

  public SourceMap() {
    this(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
        UnaryOperator.identity(), p -> false);
  }

  private SourceMap(Map<String, Position> positions, Map<String, Position> keys,
      Map<String, Character> styles,
      Map<String, Scalar> scalars, Map<String, String[]> texts, UnaryOperator<String> toSpec,
      Predicate<String> generated) {
    this.positions = positions;
    this.keys = keys;
    this.styles = styles;
    this.scalars = scalars;
    this.texts = texts;
    this.toSpec = toSpec;
    this.generated = generated;
  }

  /**
   * This map seen from the resolved model, whose paths {@code toSpec} turns into the paths
   * this map looks at. A place inside a {@code generated} value is reported at its origin.
   */
  public SourceMap resolved(UnaryOperator<String> toSpec, Predicate<String> generated) {
    UnaryOperator<String> outer = this.toSpec;
    return new SourceMap(positions, keys, styles, scalars, texts,
        path -> outer.apply(toSpec.apply(path)), generated);
  }

  /** The spec path of a path of the model this map looks at. */
  public String specPath(String path) {
    return toSpec.apply(path);
  }

  void addText(String file, String text) {
    texts.put(file, text.split("\n", -1));
  }

  void putStyle(String path, Character style) {
    styles.put(path, style);
  }

  /**
   * Records a scalar written at {@code path}: where it starts, its style and the value SnakeYAML
   * parsed from it, against which a rescan of its source text is checked.
   */
  void putScalar(String path, Position start, char style, String value) {
    if (start.equals(positions.get(path))) {
      scalars.put(path, new Scalar(start, style, value));
    }
  }

  void put(String path, Position position) {
    positions.putIfAbsent(path, position);
  }

  /** Records where the key of the map entry at {@code path} was written. */
  void putKey(String path, Position position) {
    keys.putIfAbsent(path, position);
  }

  /**
   * The position of the key of the map entry at {@code path}, such as a label name in
   * {@code labels:}; the entry's value position when the key's is not known.
   */
  public Position keyAt(String path) {
    Position key = keys.get(toSpec.apply(path));
    return key != null ? key : at(path);
  }

  /** Replaces what is known of {@code path}, as an environment overlay does. */
  void override(String path, Position position) {
    positions.put(path, position);
  }

  /**
   * The position of {@code path}, or of its nearest written ancestor when the path itself was
   * defaulted: a missing {@code route.receiver} is reported at {@code route}.
   */
  public Position at(String path) {
    String p = toSpec.apply(path);
    while (!p.isEmpty()) {
      Position found = positions.get(p);
      if (found != null) {
        return found;
      }
      p = parent(p);
    }
    return positions.getOrDefault("", Position.UNKNOWN);
  }

  /**
   * The file position of a place inside a scalar value: {@code line} and {@code column}
   * (1-based, the column in UTF-16 chars) counted in the value's text, as a PromQL or template
   * error gives them. The scalar's source is rescanned with YAML's rules for its style (line
   * folding, escapes, block indentation and chomping), so that the place is exact in every
   * style; when the rescan does not rebuild the parsed value, the scalar's start is given
   * rather than a wrong place. Columns in the file count code points, as SnakeYAML's do.
   */
  public Position inValue(String modelPath, int line, int column) {
    if (generated.test(modelPath)) {
      return at(modelPath);
    }
    String path = toSpec.apply(modelPath);
    Position start = positions.get(path);
    Character style = styles.get(path);
    if (start == null || style == null) {
      return at(modelPath);
    }
    Scalar scalar = scalars.get(path);
    if (scalar == null || !scalar.start().equals(start) || scalar.style() != style) {
      return start;
    }
    int[] found = ScalarTrace.locate(texts.get(start.file()), start.line(), start.column(),
        style, scalar.value(), line, column);
    return found == null ? start : new Position(start.file(), found[0], found[1]);
  }

  /** A scalar as written: its start mark, style and parsed value. */
  private record Scalar(Position start, char style, String value) {}

  public boolean contains(String path) {
    return positions.containsKey(toSpec.apply(path));
  }

  static String parent(String path) {
    int dot = path.lastIndexOf('.');
    int bracket = path.lastIndexOf('[');
    int cut = Math.max(dot, bracket);
    return cut <= 0 ? "" : path.substring(0, cut);
  }
}
