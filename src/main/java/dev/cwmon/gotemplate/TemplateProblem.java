package dev.cwmon.gotemplate;

import java.util.Objects;

/**
 * One thing wrong with a template: where it is in the template text and what is wrong.
 *
 * @param offset 0-based character offset into the template text
 * @param line 1-based line inside the template text
 * @param column 1-based column, in characters, inside that line
 * @param message lowercase fragment in the style of Go's text/template errors
 */
public record TemplateProblem(int offset, int line, int column, String message) {
  public TemplateProblem {
    Objects.requireNonNull(message, "message");
    if (offset < 0 || line < 1 || column < 1) {
      throw new IllegalArgumentException("bad position " + offset + " " + line + ":" + column);
    }
  }

  @Override
  public String toString() {
    return line + ":" + column + ": " + message;
  }
}
