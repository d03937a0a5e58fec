package dev.cwmon.model.alertmanager;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An Alertmanager label matcher such as {@code severity = critical} or
 * {@code alertname =~ "CodeWeaver.*"}. Regular expressions are anchored at both ends.
 */
public record Matcher(String name, Op op, String value) implements dev.cwmon.model.TextValue {
  private static final Pattern SIMPLE = Pattern.compile("[A-Za-z0-9_.:/|*+?()^$-]+");

  /** The four matcher operators. */
  public enum Op {
    EQ("="), NE("!="), RE("=~"), NRE("!~");

    private final String text;

    Op(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }

    public boolean isRegex() {
      return this == RE || this == NRE;
    }
  }

  public Matcher {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(value, "value");
  }

  /** Whether a label value (empty when the label is absent) satisfies this matcher. */
  public boolean matches(String labelValue) {
    String v = labelValue == null ? "" : labelValue;
    return switch (op) {
      case EQ -> v.equals(value);
      case NE -> !v.equals(value);
      case RE -> dev.cwmon.promql.LabelRegex.matches(value, v);
      case NRE -> !dev.cwmon.promql.LabelRegex.matches(value, v);
    };
  }

  /**
   * The text Alertmanager reads back: {@code severity=critical} where the value needs no
   * quotes, else {@code name="value"} with Go escapes. Alertmanager splits a matcher line on
   * commas, so a value with a comma, quote, brace, backslash or space is always quoted.
   */
  @Override
  public String toString() {
    if (SIMPLE.matcher(value).matches()) {
      return name + op.text + value;
    }
    StringBuilder out = new StringBuilder(name).append(op.text).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
