package dev.cwmon.check;

import java.util.regex.Pattern;

/** The name rules Prometheus applies to labels and metrics. */
final class LabelNames {
  private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
  private static final Pattern METRIC = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

  private LabelNames() {}

  static boolean isLabel(String name) {
    return LABEL.matcher(name).matches();
  }

  static boolean isMetric(String name) {
    return METRIC.matcher(name).matches();
  }

  /** A file name cwmon may write: one path segment, no hidden or parent names. */
  static boolean isSafeFileName(String name) {
    return name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,200}") && !name.contains("..");
  }
}
