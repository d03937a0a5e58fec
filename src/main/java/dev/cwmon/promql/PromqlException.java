package dev.cwmon.promql;

/**
 * A PromQL expression that Prometheus would refuse: a syntax error or a type error. The
 * message is a lowercase fragment naming the offending token, then its position, then what
 * was expected there, e.g. {@code unexpected "}" at 1:14, expected label matcher}.
 */
public final class PromqlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String problem;
  private final String expected;
  private final int offset;
  private final SourcePosition position;

  /** {@code expected} is empty when the problem says it all. */
  public PromqlException(String problem, String expected, int offset, SourcePosition position) {
    super(problem + " at " + position + (expected.isEmpty() ? "" : ", expected " + expected));
    this.problem = problem;
    this.expected = expected;
    this.offset = offset;
    this.position = position;
  }

  static PromqlException at(String source, int offset, String problem) {
    return at(source, offset, problem, "");
  }

  static PromqlException at(String source, int offset, String problem, String expected) {
    return new PromqlException(problem, expected, offset, SourcePosition.of(source, offset));
  }

  /** What is wrong, without position, e.g. {@code unexpected "}"}. */
  public String problem() {
    return problem;
  }

  /** What would have been accepted at that place, e.g. {@code label matcher}; may be empty. */
  public String expected() {
    return expected;
  }

  /** The char offset into the source where the problem starts. */
  public int offset() {
    return offset;
  }

  public int line() {
    return position.line();
  }

  public int column() {
    return position.column();
  }
}
