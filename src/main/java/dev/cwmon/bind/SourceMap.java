package dev.cwmon.bind;

import dev.cwmon.diag.Position;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each spec path ({@code alertmanager.route.routes[2].receiver}) was written, so that
 * checks on the typed model can still name file:line:col.
 */
public final class SourceMap {
  private final Map<String, Position> positions = new HashMap<>();

  void put(String path, Position position) {
    positions.putIfAbsent(path, position);
  }

  /** Replaces what is known of {@code path}, as an environment overlay does. */
  void override(String path, Position position) {
    positions.put(path, position);
  }

  /**
   * The position of {@code path}, or of its nearest written ancestor when the path itself was
   * defaulted: a missing {@code route.receiver} is reported at {@code route}.
   */
  public Position at(String path) {
    String p = path;
    while (!p.isEmpty()) {
      Position found = positions.get(p);
      if (found != null) {
        return found;
      }
      p = parent(p);
    }
    return positions.getOrDefault("", Position.UNKNOWN);
  }

  public boolean contains(String path) {
    return positions.containsKey(path);
  }

  static String parent(String path) {
    int dot = path.lastIndexOf('.');
    int bracket = path.lastIndexOf('[');
    int cut = Math.max(dot, bracket);
    return cut <= 0 ? "" : path.substring(0, cut);
  }
}
