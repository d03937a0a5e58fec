package dev.cwmon.logstash;

/**
 * A model value that Logstash's config syntax cannot express faithfully, such as a string
 * holding both quote characters unescaped. The printer throws it rather than write text that
 * Logstash would read differently.
 */
public final class UnrepresentableValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public UnrepresentableValueException(String message) {
    super(message);
  }
}
