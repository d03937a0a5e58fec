package dev.cwmon.check.semantic;

import dev.cwmon.promql.LabelMatcher;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Whether a PromQL label matcher can match any of a label's known values. */
final class MatcherValues {
  private MatcherValues() {}

  /**
   * True when some value satisfies {@code m}, or when that cannot be decided (a regular
   * expression Java reads differently from RE2). Regular expressions match whole values.
   */
  static boolean satisfiable(LabelMatcher m, List<String> values) {
    Pattern p = null;
    if (m.op().isRegex()) {
      try {
        p = Pattern.compile("(?:" + m.value() + ")", Pattern.DOTALL);
      } catch (PatternSyntaxException e) {
        return true;
      }
    }
    for (String v : values) {
      boolean hit = switch (m.op()) {
        case EQUAL -> v.equals(m.value());
        case NOT_EQUAL -> !v.equals(m.value());
        case REGEX -> p.matcher(v).matches();
        case NOT_REGEX -> !p.matcher(v).matches();
      };
      if (hit) {
        return true;
      }
    }
    return false;
  }
}
