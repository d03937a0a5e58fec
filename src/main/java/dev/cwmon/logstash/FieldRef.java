package dev.cwmon.logstash;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A field reference such as {@code [fields][service]} or {@code [@metadata][index_prefix]}:
 * a path of segments. In a condition it is Logstash's selector, whose segments may hold any
 * character except {@code [}, {@code ]} and {@code ,}.
 */
public record FieldRef(List<String> path) implements Operand {
  public FieldRef {
    path = List.copyOf(path);
    if (path.isEmpty()) {
      throw new IllegalArgumentException("a field reference needs at least one segment");
    }
    for (String segment : path) {
      String problem = segmentProblem(segment);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
    }
  }

  public static FieldRef of(String... path) {
    return new FieldRef(List.of(path));
  }

  /**
   * Reads {@code [a][b]} into its segments; a name without brackets ({@code message}) is a
   * top-level field.
   *
   * @throws IllegalArgumentException naming the problem when {@code text} is not a reference
   */
  public static FieldRef parse(String text) {
    Objects.requireNonNull(text, "text");
    if (!text.startsWith("[")) {
      String problem = segmentProblem(text);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      return new FieldRef(List.of(text));
    }
    List<String> path = new ArrayList<>();
    int end = scan(text, 0, path);
    if (end != text.length()) {
      throw new IllegalArgumentException(
          "invalid field reference \"" + text + "\" at character " + (end + 1));
    }
    return new FieldRef(path);
  }

  /** The reference in bracket form, {@code [a][b]}. */
  public String print() {
    StringBuilder out = new StringBuilder();
    for (String segment : path) {
      out.append('[').append(segment).append(']');
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return print();
  }

  /**
   * Scans selector elements {@code [x]} from {@code from}, as Logstash's grammar does, adding
   * each segment to {@code path}; returns where the last complete element ends.
   */
  static int scan(CharSequence text, int from, List<String> path) {
    int pos = from;
    while (pos < text.length() && text.charAt(pos) == '[') {
      int end = pos + 1;
      while (end < text.length() && !isForbidden(text.charAt(end))) {
        end++;
      }
      if (end == pos + 1 || end >= text.length() || text.charAt(end) != ']') {
        break;
      }
      path.add(text.subSequence(pos + 1, end).toString());
      pos = end + 1;
    }
    return pos;
  }

  private static boolean isForbidden(char c) {
    return c == '[' || c == ']' || c == ',';
  }

  private static String segmentProblem(String segment) {
    if (segment == null || segment.isEmpty()) {
      return "empty field reference segment";
    }
    for (int i = 0; i < segment.length(); i++) {
      if (isForbidden(segment.charAt(i))) {
        return "field reference segment \"" + segment + "\" contains '" + segment.charAt(i) + "'";
      }
    }
    return null;
  }
}
