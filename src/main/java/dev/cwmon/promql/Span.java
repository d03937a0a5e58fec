package dev.cwmon.promql;

/** A half-open range {@code [start, end)} of char offsets into the PromQL source text. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span: " + start + ".." + end);
    }
  }

  /** The smallest span that covers both {@code this} and {@code other}. */
  public Span to(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  public SourcePosition startIn(String source) {
    return SourcePosition.of(source, start);
  }
}
