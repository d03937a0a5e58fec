package dev.cwmon.render;

import java.util.List;
import java.util.Map;

/**
 * Writes a document tree as block-style YAML. Short lists of simple scalars are written in
 * flow style ({@code [a, b]}); multi-line strings as literal blocks where that is exact.
 */
public final class YamlWriter {
  private static final int FLOW_WIDTH = 100;

  private final StringBuilder out = new StringBuilder();

  private YamlWriter() {}

  /** {@code value} as the body of a mapping or list, every line indented by {@code indent}. */
  public static String block(Object value, int indent) {
    YamlWriter w = new YamlWriter();
    w.node(value, indent);
    return w.out.toString();
  }

  /** {@code value} as one item of a list ({@code - ...}) at {@code indent}. */
  public static String item(Object value, int indent) {
    YamlWriter w = new YamlWriter();
    w.listItem(value, indent);
    return w.out.toString();
  }

  private void node(Object value, int indent) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> entry(String.valueOf(k), v, indent));
    } else if (value instanceof List<?> list) {
      list.forEach(item -> listItem(item, indent));
    } else {
      pad(indent).append(YamlScalars.scalar(value)).append('\n');
    }
  }

  private void entry(String key, Object value, int indent) {
    pad(indent).append(YamlScalars.string(key)).append(':');
    value(value, indent, indent + 2, key.length() + 2);
  }

  private void listItem(Object value, int indent) {
    pad(indent).append('-');
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        if (first) {
          out.append(' ').append(YamlScalars.string(key)).append(':');
          first = false;
        } else {
          pad(indent + 2).append(YamlScalars.string(key)).append(':');
        }
        value(e.getValue(), indent + 2, indent + 4, key.length() + 4);
      }
      return;
    }
    value(value, indent, indent + 2, 2);
  }

  /** Writes what follows {@code key:} or {@code -}: inline scalar, flow list, or a block. */
  private void value(Object value, int indent, int childIndent, int used) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append(" {}\n");
      } else {
        out.append('\n');
        node(map, childIndent);
      }
    } else if (value instanceof List<?> list) {
      String flow = flow(list);
      if (flow != null && indent + used + flow.length() <= FLOW_WIDTH) {
        out.append(' ').append(flow).append('\n');
      } else {
        out.append('\n');
        list.forEach(item -> listItem(item, childIndent));
      }
    } else if (value instanceof String s && YamlScalars.isBlockSafe(s)) {
      literalBlock(s, childIndent);
    } else {
      out.append(' ').append(YamlScalars.scalar(value)).append('\n');
    }
  }

  private void literalBlock(String s, int indent) {
    String chomp = s.endsWith("\n\n") ? "+" : s.endsWith("\n") ? "" : "-";
    out.append(" |").append(chomp).append('\n');
    String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    for (String line : body.split("\n", -1)) {
      if (line.isEmpty()) {
        out.append('\n');
      } else {
        pad(indent).append(line).append('\n');
      }
    }
  }

  /** A flow list of plain scalars, or null when any item needs more than that. */
  private static String flow(List<?> list) {
    if (list.isEmpty()) {
      return "[]";
    }
    StringBuilder b = new StringBuilder("[");
    for (Object item : list) {
      if (item instanceof Map || item instanceof List) {
        return null;
      }
      if (item instanceof String str && str.contains("\n")) {
        return null;
      }
      String s = item instanceof String str && !YamlScalars.isFlowPlainSafe(str)
          ? YamlScalars.doubleQuoted(str) : YamlScalars.scalar(item);
      b.append(b.length() == 1 ? "" : ", ").append(s);
    }
    return b.append(']').toString();
  }

  private StringBuilder pad(int indent) {
    return out.append(" ".repeat(indent));
  }
}
