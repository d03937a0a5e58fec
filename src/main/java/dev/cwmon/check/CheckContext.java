package dev.cwmon.check;

import dev.cwmon.bind.SourceMap;
import dev.cwmon.diag.Diagnostics;

/** What a check needs besides the spec: where paths were written, and where findings go. */
public record CheckContext(SourceMap sourceMap, Diagnostics diagnostics) {
  public void error(String code, String path, String message, String hint) {
    diagnostics.error(code, path, sourceMap.at(path), message, hint);
  }

  public void warning(String code, String path, String message, String hint) {
    diagnostics.warning(code, path, sourceMap.at(path), message, hint);
  }
}
