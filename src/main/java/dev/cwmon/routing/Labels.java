package dev.cwmon.routing;

import dev.cwmon.model.alertmanager.Matcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Label matching and printing as Alertmanager 0.25 does them: regexes anchored as
 * {@code ^(?:re)$} where {@code .} stops at a newline only, and label sets printed like Go's
 * {@code model.LabelSet.String()}.
 */
public final class Labels {

  private Labels() {}

  /** Whether {@code labels} satisfies {@code m}; an absent label is the empty string. */
  public static boolean matches(Matcher m, Map<String, String> labels) {
    String v = labels.getOrDefault(m.name(), "");
    return switch (m.op()) {
      case EQ -> v.equals(m.value());
      case NE -> !v.equals(m.value());
      case RE -> pattern(m.value()).matcher(v).matches();
      case NRE -> !pattern(m.value()).matcher(v).matches();
    };
  }

  public static boolean matchesAll(List<Matcher> matchers, Map<String, String> labels) {
    for (Matcher m : matchers) {
      if (!matches(m, labels)) {
        return false;
      }
    }
    return true;
  }

  static Pattern pattern(String regex) {
    return dev.cwmon.promql.LabelRegex.of(regex);
  }

  /** A matcher as Alertmanager prints it inside a route key: {@code name="value"}. */
  public static String matcherText(Matcher m) {
    return m.name() + m.op().text() + "\"" + openMetricsEscape(m.value()) + "\"";
  }

  /** Matchers sorted as Alertmanager sorts them: by name, then value, then operator. */
  public static String matchersText(List<Matcher> matchers) {
    List<Matcher> sorted = new ArrayList<>(matchers);
    sorted.sort((a, b) -> {
      int c = a.name().compareTo(b.name());
      if (c == 0) {
        c = a.value().compareTo(b.value());
      }
      return c != 0 ? c : Integer.compare(a.op().ordinal(), b.op().ordinal());
    });
    List<String> parts = sorted.stream().map(Labels::matcherText).toList();
    return "{" + String.join(",", parts) + "}";
  }

  /** A label set as Go prints it: {@code {a="1", b="2"}}, entries sorted as strings. */
  public static String labelSetText(Map<String, String> labels) {
    List<String> parts = new ArrayList<>();
    labels.forEach((k, v) -> parts.add(k + "=" + goQuote(v)));
    parts.sort(null);
    return "{" + String.join(", ", parts) + "}";
  }

  private static String openMetricsEscape(String v) {
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"");
  }

  /** Go's {@code %q} for the strings that occur in labels. */
  static String goQuote(String v) {
    StringBuilder out = new StringBuilder("\"");
    v.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        case 7 -> out.append("\\a");
        case 8 -> out.append("\\b");
        case 12 -> out.append("\\f");
        case 11 -> out.append("\\v");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\x%02x", c));
          } else if (!Character.isDefined(c) || Character.getType(c) == Character.FORMAT
              || Character.isISOControl(c)) {
            out.append(c > 0xffff ? String.format("\\U%08x", c) : String.format("\\u%04x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.append('"').toString();
  }
}
