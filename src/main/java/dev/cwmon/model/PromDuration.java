package dev.cwmon.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration in Prometheus syntax ({@code 1h30m}, {@code 90s}, {@code 1d}, {@code 500ms}),
 * kept as milliseconds and printed back in its shortest canonical form.
 */
public record PromDuration(long millis) implements Comparable<PromDuration> {
  private static final Pattern UNIT = Pattern.compile("(\\d+)(ms|y|w|d|h|m|s)");
  private static final String[] UNITS = {"y", "w", "d", "h", "m", "s", "ms"};
  private static final long[] UNIT_MILLIS = {
    365L * 24 * 3600_000, 7L * 24 * 3600_000, 24L * 3600_000, 3600_000, 60_000, 1000, 1
  };

  public PromDuration {
    if (millis < 0) {
      throw new IllegalArgumentException("negative duration: " + millis);
    }
  }

  public static PromDuration ofSeconds(long seconds) {
    return new PromDuration(seconds * 1000);
  }

  /**
   * Parses Prometheus's duration syntax: units from largest to smallest, each at most once,
   * e.g. {@code 1h30m}. Returns null when {@code text} is not a duration.
   */
  public static PromDuration parseOrNull(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty() || text.equals("0")) {
      return text.isEmpty() ? null : new PromDuration(0);
    }
    Matcher m = UNIT.matcher(text);
    int pos = 0;
    int lastUnit = -1;
    long total = 0;
    while (pos < text.length()) {
      if (!m.find(pos) || m.start() != pos) {
        return null;
      }
      int unit = unitIndex(m.group(2));
      if (unit <= lastUnit) {
        return null;
      }
      lastUnit = unit;
      try {
        long n = Long.parseLong(m.group(1));
        total = Math.addExact(total, Math.multiplyExact(n, UNIT_MILLIS[unit]));
      } catch (ArithmeticException | NumberFormatException e) {
        return null;
      }
      pos = m.end();
    }
    return new PromDuration(total);
  }

  private static int unitIndex(String unit) {
    for (int i = 0; i < UNITS.length; i++) {
      if (UNITS[i].equals(unit)) {
        return i;
      }
    }
    throw new IllegalArgumentException(unit);
  }

  public long seconds() {
    return millis / 1000;
  }

  @Override
  public int compareTo(PromDuration other) {
    return Long.compare(millis, other.millis);
  }

  /**
   * The canonical form: {@code 90s} becomes {@code 1m30s}. Days are the largest unit, so that
   * {@code 30d} stays {@code 30d} rather than Prometheus's own {@code 4w2d}.
   */
  @Override
  public String toString() {
    if (millis == 0) {
      return "0s";
    }
    StringBuilder out = new StringBuilder();
    long rest = millis;
    for (int i = 2; i < UNITS.length; i++) {
      long n = rest / UNIT_MILLIS[i];
      if (n > 0) {
        out.append(n).append(UNITS[i]);
        rest -= n * UNIT_MILLIS[i];
      }
    }
    return out.toString();
  }
}
