package dev.cwmon.bind;

import dev.cwmon.logstash.FieldRef;
import dev.cwmon.model.Version;
import dev.cwmon.model.alertmanager.Matcher;
import java.util.regex.Pattern;

/** The scalar types of the spec beyond the standard ones: versions and label matchers. */
public final class SpecScalars {
  private static final Pattern MATCHER = Pattern.compile(
      "\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(=~|!=|!~|=)\\s*(.*?)\\s*", Pattern.DOTALL);

  private SpecScalars() {}

  public static ScalarTypes all() {
    return ScalarTypes.standard()
        .register(Version.class, SpecScalars::parseVersion)
        .register(Matcher.class, SpecScalars::parseMatcher)
        .register(FieldRef.class, LogstashNodes::parseFieldRef);
  }

  private static ScalarParser.Result<Version> parseVersion(String text) {
    Version v = Version.parseOrNull(text);
    return v != null ? ScalarParser.Result.ok(v)
        : ScalarParser.Result.fail("bad version \"" + ScalarTypes.clip(text) + "\"",
            "write MAJOR.MINOR, quoted, e.g. \"2.42\"");
  }

  /**
   * Parses one Alertmanager matcher, {@code name op value}, where a value in double quotes
   * may use the escapes {@code \"}, {@code \\} and {@code \n}.
   */
  public static ScalarParser.Result<Matcher> parseMatcher(String text) {
    java.util.regex.Matcher m = MATCHER.matcher(text);
    if (!m.matches()) {
      return ScalarParser.Result.fail("bad matcher \"" + ScalarTypes.clip(text) + "\"",
          "write name, operator (=, !=, =~, !~) and value, e.g. severity = critical");
    }
    Matcher.Op op = switch (m.group(2)) {
      case "=" -> Matcher.Op.EQ;
      case "!=" -> Matcher.Op.NE;
      case "=~" -> Matcher.Op.RE;
      default -> Matcher.Op.NRE;
    };
    String value = m.group(3);
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = unquote(value.substring(1, value.length() - 1));
      if (value == null) {
        return ScalarParser.Result.fail("bad escape in matcher \"" + ScalarTypes.clip(text)
            + "\"", "inside quotes only \\\", \\\\ and \\n are escapes");
      }
    } else if (value.startsWith("\"") || value.endsWith("\"") && !value.isEmpty()) {
      return ScalarParser.Result.fail("unbalanced quote in matcher \""
          + ScalarTypes.clip(text) + "\"", "quote the whole value: name = \"value\"");
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

  private static String unquote(String body) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '"') {
        return null;
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (++i == body.length()) {
        return null;
      }
      char e = body.charAt(i);
      switch (e) {
        case '"', '\\' -> out.append(e);
        case 'n' -> out.append('\n');
        default -> {
          return null;
        }
      }
    }
    return out.toString();
  }
}
