package dev.cwmon.promql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Label-matcher regexes as Prometheus and Alertmanager match them (RE2, anchored at both
 * ends), compiled once each. cwmon matches with Java's engine, so each regex is first
 * translated from RE2's syntax; see {@link PromQL#labelRegex(String)}.
 */
public final class LabelRegex {
  private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();
  private static final int MAX_CACHED = 10_000;
  /** What a regex Go refuses matches here: nothing. Its error is reported where it is bound. */
  private static final Pattern NOTHING = Pattern.compile("(?!)");

  private LabelRegex() {}

  /** The compiled regex; use {@code matcher(value).matches()} for a whole-value match. */
  public static Pattern of(String regex) {
    Pattern p = CACHE.get(regex);
    if (p == null) {
      try {
        p = PromQL.labelRegex(regex);
      } catch (PromqlException invalid) {
        p = NOTHING;
      }
      if (CACHE.size() < MAX_CACHED) {
        CACHE.put(regex, p);
      }
    }
    return p;
  }

  /** Whether {@code value} (empty for an absent label) matches {@code regex} as a whole. */
  public static boolean matches(String regex, String value) {
    return of(regex).matcher(value == null ? "" : value).matches();
  }
}
