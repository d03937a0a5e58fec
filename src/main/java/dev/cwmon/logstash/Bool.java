package dev.cwmon.logstash;

/**
 * The barewords {@code true} and {@code false}. Logstash's grammar reads them as barewords and
 * leaves the meaning to each plugin setting; the model names them because they are common.
 */
public record Bool(boolean value) implements Value {
  public static final Bool TRUE = new Bool(true);
  public static final Bool FALSE = new Bool(false);

  public static Bool of(boolean value) {
    return value ? TRUE : FALSE;
  }

  public String word() {
    return value ? "true" : "false";
  }
}
