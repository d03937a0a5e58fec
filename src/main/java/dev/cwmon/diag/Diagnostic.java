package dev.cwmon.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about a spec: a stable code, where it is (spec path and file position), what is
 * wrong and how to fix it. Messages are lowercase fragments naming the offending value. A
 * silenced diagnostic keeps the reason it was silenced for, and counts as neither error nor
 * warning.
 */
public record Diagnostic(
    String code,
    Severity severity,
    String path,
    Position position,
    String message,
    String hint,
    String silencedBecause)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::position)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : printable(SecretText.redact(hint));
    message = printable(SecretText.redact(message));
  }

  /**
   * The text with control and format characters written as escapes, so that a spec value
   * cannot move the cursor, retitle the terminal, forge lines in the log of whoever lints it,
   * or reorder what it shows (bidirectional overrides such as U+202E, zero-width characters).
   */
  static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      boolean control = type == Character.CONTROL || type == Character.FORMAT
          || c == '\u2028' || c == '\u2029';
      if (control && out == null) {
        out = new StringBuilder(text.substring(0, i));
      }
      if (out != null) {
        out.append(control ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : c);
      }
    }
    return out == null ? text : out.toString();
  }

  public Diagnostic(
      String code, Severity severity, String path, Position at, String message, String hint) {
    this(code, severity, path, at, message, hint, null);
  }

  public static Diagnostic error(
      String code, String path, Position at, String message, String hint) {
    return new Diagnostic(code, Severity.ERROR, path, at, message, hint);
  }

  public static Diagnostic warning(
      String code, String path, Position at, String message, String hint) {
    return new Diagnostic(code, Severity.WARNING, path, at, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR && !isSilenced();
  }

  public boolean isWarning() {
    return severity == Severity.WARNING && !isSilenced();
  }

  public boolean isSilenced() {
    return silencedBecause != null;
  }

  /** This diagnostic, silenced for {@code reason}. */
  public Diagnostic silenced(String reason) {
    return new Diagnostic(code, severity, path, position, message, hint, reason);
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }

  /** The compiler-style form: {@code file:line:col: error CW123: message (at spec.path)}. */
  public String format() {
    String where = path.isEmpty() ? "" : " (at " + path + ")";
    String label = isSilenced() ? "silenced " + severity.label() : severity.label();
    String why = isSilenced() ? " [silenced: " + silencedBecause + "]" : "";
    return position + ": " + label + " " + code + ": " + message + where + why;
  }
}
