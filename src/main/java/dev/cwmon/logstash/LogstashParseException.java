package dev.cwmon.logstash;

/**
 * A Logstash pipeline file that does not parse, or that Logstash would refuse to compile,
 * with the 1-based position of the problem. The message reads
 * {@code file:line:column: reason}.
 */
public final class LogstashParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String fileName;
  private final int line;
  private final int column;
  private final String reason;

  public LogstashParseException(String fileName, int line, int column, String reason) {
    super(fileName + ":" + line + ":" + column + ": " + reason);
    this.fileName = fileName;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  public String fileName() {
    return fileName;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The problem alone, a lowercase fragment such as {@code expected "{" after "input"}. */
  public String reason() {
    return reason;
  }
}
