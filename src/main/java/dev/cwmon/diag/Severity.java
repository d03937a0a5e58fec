package dev.cwmon.diag;

/** How much a diagnostic matters: errors stop generation, warnings fail lint only with --strict. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
