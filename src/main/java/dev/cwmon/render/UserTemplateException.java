package dev.cwmon.render;

import dev.cwmon.diag.Position;

/**
 * A template from the user's {@code --templates} folder failed to parse, broke the template
 * policy, failed while rendering, or rendered a file that does not read back as its model:
 * the user's mistake, reported at the template's file:line:col.
 */
public final class UserTemplateException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Position position;
  private final String hint;

  public UserTemplateException(Position position, String message, String hint) {
    super(message);
    this.position = position;
    this.hint = hint;
  }

  public Position position() {
    return position;
  }

  public String hint() {
    return hint;
  }

  /** The compiler-style line: {@code file:line:col: error CW155: message}. */
  public String format() {
    return position + ": error CW155: " + getMessage();
  }
}
