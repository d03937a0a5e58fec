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
  private final Map<String, Character> styles;
  private final Map<String, String[]> texts;
  private final UnaryOperator<String> toSpec;
  private final Predicate<String> generated;

  public SourceMap() {
    this(new HashMap<>(), new HashMap<>(), new HashMap<>(), UnaryOperator.identity(),
        p -> false);
  }

  private SourceMap(Map<String, Position> positions, Map<String, Character> styles,
      Map<String, String[]> texts, UnaryOperator<String> toSpec, Predicate<String> generated) {
    this.positions = positions;
    this.styles = styles;
    this.texts = texts;
    this.toSpec = toSpec;
    this.generated = generated;
  }

  /**
   * This map seen from the resolved model, whose paths {@code toSpec} turns into the spec
   * paths they came from. A place inside a {@code generated} value is reported at its origin.
   */
  public SourceMap resolved(UnaryOperator<String> toSpec, Predicate<String> generated) {
    return new SourceMap(positions, styles, texts, toSpec, generated);
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

  void put(String path, Position position) {
    positions.putIfAbsent(path, position);
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
   * (1-based) counted in the value's text, as a PromQL or template error gives them. Exact for
   * plain and quoted single-line values and for literal blocks; values with escapes may be off
   * by the escapes before the place.
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
    if (style == '|' || style == '>') {
      String[] lines = texts.get(start.file());
      int sourceLine = start.line() + line;
      if (lines == null || sourceLine - 1 >= lines.length) {
        return start;
      }
      return new Position(start.file(), sourceLine, blockIndent(lines, start.line()) + column);
    }
    if (line > 1) {
      return start;
    }
    int quote = style == '"' || style == '\'' ? 1 : 0;
    return new Position(start.file(), start.line(), start.column() + quote + column - 1);
  }

  /** The indentation of a block scalar's content: its first non-blank line's. */
  private static int blockIndent(String[] lines, int indicatorLine) {
    for (int i = indicatorLine; i < lines.length; i++) {
      String l = lines[i];
      if (!l.isBlank()) {
        return l.length() - l.stripLeading().length();
      }
    }
    return 0;
  }

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
