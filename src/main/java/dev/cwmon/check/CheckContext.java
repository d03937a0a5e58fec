package dev.cwmon.check;

import dev.cwmon.bind.SourceMap;
import dev.cwmon.diag.Diagnostic;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.diag.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a check needs besides the spec: where paths were written, where findings go, and
 * what earlier checks of the same run computed and share (such as the parsed queries).
 */
public record CheckContext(
    SourceMap sourceMap, Diagnostics diagnostics, Map<Class<?>, Object> shared) {
  public CheckContext(SourceMap sourceMap, Diagnostics diagnostics) {
    this(sourceMap, diagnostics, new HashMap<>());
  }

  public void error(String code, String path, String message, String hint) {
    diagnostics.error(code, path, sourceMap.at(path), message, hint);
  }

  /** An error about the key of the map entry at {@code path}, reported where the key is. */
  public void errorAtKey(String code, String path, String message, String hint) {
    diagnostics.error(code, path, sourceMap.keyAt(path), message, hint);
  }

  public void warning(String code, String path, String message, String hint) {
    diagnostics.warning(code, path, sourceMap.at(path), message, hint);
  }

  /** A warning about the key of the map entry at {@code path}, reported where the key is. */
  public void warningAtKey(String code, String path, String message, String hint) {
    diagnostics.warning(code, path, sourceMap.keyAt(path), message, hint);
  }

  /** Information: something cwmon did on purpose that the reader may not expect. */
  public void info(String code, String path, String message, String hint) {
    diagnostics.add(new Diagnostic(code, Severity.INFO, path, sourceMap.at(path), message,
        hint));
  }

  /** The run's one value of {@code type}, computed by {@code build} on first use. */
  public <T> T shared(Class<T> type, Supplier<T> build) {
    Object value = shared.get(type);
    if (value == null) {
      value = build.get();
      shared.put(type, value);
    }
    return type.cast(value);
  }
}
