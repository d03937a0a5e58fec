package dev.cwmon.bind;

import dev.cwmon.logstash.FieldRef;
import dev.cwmon.model.Version;
import dev.cwmon.model.alertmanager.Matcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The scalar types of the spec beyond the standard ones: versions and label matchers. */
public final class SpecScalars {
  /** Alertmanager's matcher syntax; Go's {@code \s} is these five characters. */
  private static final Pattern MATCHER = Pattern.compile(
      "[\\t\\n\\f\\r ]*([a-zA-Z_:][a-zA-Z0-9_:]*)[\\t\\n\\f\\r ]*(=~|=|!=|!~)"
          + "[\\t\\n\\f\\r ]*(.*?)[\\t\\n\\f\\r ]*", Pattern.DOTALL);

  private SpecScalars() {}

  public static ScalarTypes all() {
    return ScalarTypes.standard()
        .register(Version.class, SpecScalars::parseVersion)
        .register(Matcher.class, SpecScalars::parseMatcher)
        .registerItems(Matcher.class, SpecScalars::parseMatchers)
        .register(FieldRef.class, LogstashNodes::parseFieldRef);
  }

  private static ScalarParser.Result<Version> parseVersion(String text) {
    Version v = Version.parseOrNull(text);
    return v != null ? ScalarParser.Result.ok(v)
        : ScalarParser.Result.fail("bad version \"" + ScalarTypes.clip(text) + "\"",
            "write MAJOR.MINOR, quoted, e.g. \"2.42\"");
  }

  /**
   * Reads one item of an Alertmanager matcher list as Alertmanager 0.25 does: optional braces,
   * then matchers separated by commas outside double quotes, a trailing comma allowed, so that
   * {@code "{severity=page, team=~\"a|b\"}"} holds two matchers and {@code "{}"} none.
   */
  public static ScalarParser.Result<List<Matcher>> parseMatchers(String text) {
    String s = text.startsWith("{") ? text.substring(1) : text;
    s = s.endsWith("}") ? s.substring(0, s.length() - 1) : s;
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    boolean quoted = false;
    boolean escaped = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' && !quoted) {
        parts.add(part.toString());
        part.setLength(0);
        continue;
      }
      if (c == '"') {
        quoted = escaped ? quoted : !quoted;
        escaped = false;
      } else if (c == '\\') {
        escaped = !escaped;
      } else if (c != ',') {
        escaped = false;
      }
      part.append(c);
    }
    String last = part.toString().strip();
    if (!last.isEmpty()) {
      parts.add(last);
    }
    List<Matcher> out = new ArrayList<>();
    for (String one : parts) {
      ScalarParser.Result<Matcher> m = parseMatcher(one);
      if (!m.ok()) {
        return ScalarParser.Result.fail(m.error(), m.hint());
      }
      out.add(m.value());
    }
    return ScalarParser.Result.ok(out);
  }

  /**
   * Parses one Alertmanager matcher, {@code name op value}. A value may be in double quotes,
   * where {@code \"}, {@code \\} and {@code \n} are escapes and any other backslash is
   * itself, as Alertmanager reads it.
   */
  public static ScalarParser.Result<Matcher> parseMatcher(String text) {
    java.util.regex.Matcher m = MATCHER.matcher(text);
    if (!m.matches()) {
      return ScalarParser.Result.fail("bad matcher \"" + ScalarTypes.clip(text) + "\"",
          "write name, operator (=, !=, =~, !~) and value, e.g. severity = critical;"
              + " separate matchers with commas");
    }
    Matcher.Op op = switch (m.group(2)) {
      case "=" -> Matcher.Op.EQ;
      case "!=" -> Matcher.Op.NE;
      case "=~" -> Matcher.Op.RE;
      default -> Matcher.Op.NRE;
    };
    String value = unquote(m.group(3));
    if (value == null) {
      return ScalarParser.Result.fail("unescaped double quote in matcher \""
          + ScalarTypes.clip(text) + "\"", "quote the whole value and escape quotes inside it:"
              + " name = \"say \\\"hi\\\"\"");
    }
    if (op.isRegex()) {
      String problem = dev.cwmon.promql.PromQL.regexProblem(value);
      if (problem != null) {
        return ScalarParser.Result.fail("bad regular expression in matcher \""
            + ScalarTypes.clip(text) + "\": " + problem,
            "Alertmanager uses Go's RE2 syntax; the expression matches the whole label value");
      }
    }
    return ScalarParser.Result.ok(new Matcher(m.group(1), op, value));
  }

  /** A matcher's value with its quotes and escapes undone; null for a stray double quote. */
  private static String unquote(String raw) {
    boolean quoted = raw.startsWith("\"");
    String body = quoted ? raw.substring(1) : raw;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      boolean last = i == body.length() - 1;
      if (c == '"') {
        if (!quoted || !last) {
          return null;
        }
        quoted = false;
      } else if (c == '\\' && !last) {
        char e = body.charAt(++i);
        switch (e) {
          case 'n' -> out.append('\n');
          case '"', '\\' -> out.append(e);
          default -> out.append('\\').append(e);
        }
      } else {
        out.append(c);
      }
    }
    return quoted ? null : out.toString();
  }
}
