package dev.cwmon.logstash;

import java.util.StringJoiner;

/** Writes values: scalars and arrays inline, hashes and plugins over several lines. */
final class ValueWriter {
  static final String INDENT = "  ";

  private ValueWriter() {}

  /** {@code value} on one line, as inside an array or a condition. */
  static String inline(Value value) {
    if (value instanceof Arr list) {
      StringJoiner out = new StringJoiner(", ", "[", "]");
      list.items().forEach(item -> out.add(inline(item)));
      return out.toString();
    }
    if (value instanceof Hash hash) {
      if (hash.entries().isEmpty()) {
        return "{}";
      }
      StringJoiner out = new StringJoiner(" ", "{ ", " }");
      for (Hash.Entry entry : hash.entries()) {
        out.add(inline(entry.key()) + " => " + inline(entry.value()));
      }
      return out.toString();
    }
    if (value instanceof Plugin plugin) {
      throw new UnrepresentableValueException(
          "plugin \"" + plugin.name() + "\" can only be the direct value of an attribute");
    }
    return scalar(value);
  }

  /** {@code value} starting at the current column, its closing brace at {@code depth}. */
  static void write(StringBuilder out, Value value, int depth) {
    if (value instanceof Hash hash && !hash.entries().isEmpty()) {
      out.append("{\n");
      for (Hash.Entry entry : hash.entries()) {
        indent(out, depth + 1);
        out.append(inline(entry.key())).append(" => ");
        write(out, entry.value(), depth + 1);
        out.append('\n');
      }
      indent(out, depth);
      out.append('}');
    } else if (value instanceof Plugin plugin) {
      plugin(out, plugin, depth);
    } else {
      out.append(inline(value));
    }
  }

  static void plugin(StringBuilder out, Plugin plugin, int depth) {
    out.append(plugin.name()).append(' ');
    if (plugin.attributes().isEmpty() && plugin.endComments().isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    for (Attribute attribute : plugin.attributes()) {
      comments(out, attribute.comments(), depth + 1);
      indent(out, depth + 1);
      out.append(name(attribute.name())).append(" => ");
      write(out, attribute.value(), depth + 1);
      out.append('\n');
    }
    comments(out, plugin.endComments(), depth + 1);
    indent(out, depth);
    out.append('}');
  }

  static void comments(StringBuilder out, Iterable<String> comments, int depth) {
    for (String comment : comments) {
      indent(out, depth);
      out.append('#').append(comment).append('\n');
    }
  }

  static void indent(StringBuilder out, int depth) {
    out.append(INDENT.repeat(depth));
  }

  private static String name(String name) {
    return Plugin.isName(name) ? name : Quoting.quote(name);
  }

  private static String scalar(Value value) {
    if (value instanceof Str str) {
      return Quoting.quote(str.value());
    }
    if (value instanceof Num num) {
      return num.literal();
    }
    if (value instanceof Bool bool) {
      return bool.word();
    }
    return ((Bareword) value).word();
  }
}
