package dev.cwmon.check.semantic;

import dev.cwmon.promql.LabelMatcher;
import java.util.List;
import java.util.regex.Pattern;

/** Whether a PromQL label matcher can match any of a label's known values. */
final class MatcherValues {
  private MatcherValues() {}

  /**
   * True when some value satisfies {@code m}. Regular expressions match whole values, with
   * RE2's meaning (POSIX classes, named groups), as Prometheus matches them.
   */
  static boolean satisfiable(LabelMatcher m, List<String> values) {
    Pattern p = m.op().isRegex() ? dev.cwmon.promql.LabelRegex.of(m.value()) : null;
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
