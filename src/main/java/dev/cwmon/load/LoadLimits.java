package dev.cwmon.load;

/**
 * Bounds on what the loader accepts, so that hostile YAML (alias bombs, deep nesting, huge
 * documents) is refused quickly with a clear error instead of exhausting memory.
 */
public record LoadLimits(int maxAliases, int maxDepth, int maxCodePoints, int maxFiles) {
  public static final LoadLimits DEFAULT = new LoadLimits(100, 64, 8 * 1024 * 1024, 1000);

  public LoadLimits {
    if (maxAliases < 0 || maxDepth < 1 || maxCodePoints < 1 || maxFiles < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
