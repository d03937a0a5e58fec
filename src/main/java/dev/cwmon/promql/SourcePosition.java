package dev.cwmon.promql;

import java.util.Objects;

/**
 * A 1-based line and column in a source text. Columns count UTF-16 chars, so a tab or an
 * emoji is one or two columns, never more.
 */
public record SourcePosition(int line, int column) {
  public SourcePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("bad position: " + line + ":" + column);
    }
  }

  /** The position of char {@code offset}; an offset past the end clamps to the end. */
  public static SourcePosition of(String source, int offset) {
    Objects.requireNonNull(source, "source");
    int end = Math.max(0, Math.min(offset, source.length()));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < end; i++) {
      if (source.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourcePosition(line, end - lineStart + 1);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
