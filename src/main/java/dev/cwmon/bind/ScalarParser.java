package dev.cwmon.bind;

/** Turns the text of one YAML scalar into a typed value, or explains why it cannot. */
@FunctionalInterface
public interface ScalarParser<T> {
  Result<T> parse(String text);

  /** A parsed value, or an error message and a hint that tells the user the fix. */
  record Result<T>(T value, String error, String hint) {
    public static <T> Result<T> ok(T value) {
      return new Result<>(value, null, null);
    }

    public static <T> Result<T> fail(String error, String hint) {
      return new Result<>(null, error, hint);
    }

    public boolean ok() {
      return error == null;
    }
  }
}
