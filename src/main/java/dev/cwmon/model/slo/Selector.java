package dev.cwmon.model.slo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A PromQL instant-vector selector with a metric name, e.g.
 * {@code codeweaver_requests_total{status="error", endpoint=~".*search.*"}}: what an SLO's
 * counters are written as, so that cwmon can put them into {@code rate(...[5m])}.
 */
public record Selector(String metric, List<LabelMatcher> matchers) {
  private static final Pattern METRIC = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  public Selector {
    matchers = List.copyOf(matchers);
  }

  /** One label matcher; {@code op} is one of {@code = != =~ !~}. */
  public record LabelMatcher(String label, String op, String value) {
    /** Whether a series whose label has {@code actual} (empty when absent) is selected. */
    public boolean matches(String actual) {
      String v = actual == null ? "" : actual;
      return switch (op) {
        case "=" -> v.equals(value);
        case "!=" -> !v.equals(value);
        case "=~" -> dev.cwmon.promql.LabelRegex.matches(value, v);
        default -> !dev.cwmon.promql.LabelRegex.matches(value, v);
      };
    }

    @Override
    public String toString() {
      return label + op + quote(value);
    }
  }

  /** Parses {@code text}; throws IllegalArgumentException with a lowercase reason. */
  public static Selector parse(String text) {
    String s = text.strip();
    int brace = s.indexOf('{');
    String metric = brace < 0 ? s : s.substring(0, brace).strip();
    if (!METRIC.matcher(metric).matches()) {
      throw new IllegalArgumentException("\"" + text + "\" is not a selector with a metric name");
    }
    List<LabelMatcher> matchers = new ArrayList<>();
    if (brace >= 0) {
      if (!s.endsWith("}")) {
        throw new IllegalArgumentException("selector \"" + text + "\" does not end with }");
      }
      parseMatchers(s.substring(brace + 1, s.length() - 1), text, matchers);
    }
    return new Selector(metric, matchers);
  }

  private static void parseMatchers(String body, String text, List<LabelMatcher> out) {
    int i = 0;
    while (true) {
      i = skipSpace(body, i);
      if (i >= body.length()) {
        return;
      }
      int start = i;
      while (i < body.length() && (Character.isLetterOrDigit(body.charAt(i))
          || body.charAt(i) == '_')) {
        i++;
      }
      String label = body.substring(start, i);
      i = skipSpace(body, i);
      String op = body.startsWith("=~", i) ? "=~" : body.startsWith("!~", i) ? "!~"
          : body.startsWith("!=", i) ? "!=" : body.startsWith("=", i) ? "=" : null;
      if (!LABEL.matcher(label).matches() || op == null) {
        throw new IllegalArgumentException("bad label matcher in \"" + text + "\"");
      }
      i = skipSpace(body, i + op.length());
      StringBuilder value = new StringBuilder();
      i = readQuoted(body, i, value, text);
      out.add(new LabelMatcher(label, op, value.toString()));
      i = skipSpace(body, i);
      if (i < body.length() && body.charAt(i) != ',') {
        throw new IllegalArgumentException("expected , between matchers in \"" + text + "\"");
      }
      i++;
    }
  }

  private static int readQuoted(String body, int i, StringBuilder value, String text) {
    if (i >= body.length() || body.charAt(i) != '"' && body.charAt(i) != '\'') {
      throw new IllegalArgumentException("label values must be quoted in \"" + text + "\"");
    }
    char quote = body.charAt(i++);
    while (i < body.length() && body.charAt(i) != quote) {
      char c = body.charAt(i++);
      if (c == '\\' && i < body.length()) {
        char e = body.charAt(i++);
        value.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
      } else {
        value.append(c);
      }
    }
    if (i >= body.length()) {
      throw new IllegalArgumentException("unterminated label value in \"" + text + "\"");
    }
    return i + 1;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The same matchers on another metric, e.g. a histogram's {@code _bucket} series. */
  public Selector withMetric(String name, List<LabelMatcher> extra) {
    List<LabelMatcher> all = new ArrayList<>(matchers);
    all.addAll(extra);
    return new Selector(name, all);
  }

  /** A PromQL string literal with Go escapes, as PromQL reads it back. */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  @Override
  public String toString() {
    if (matchers.isEmpty()) {
      return metric;
    }
    List<String> parts = matchers.stream().map(LabelMatcher::toString).toList();
    return metric + "{" + String.join(", ", parts) + "}";
  }
}
