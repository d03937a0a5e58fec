package dev.cwmon.load;

/**
 * Bounds on what the loader accepts, so that hostile YAML (alias bombs, deep nesting, huge
 * documents) is refused quickly with a clear error instead of exhausting memory.
 */
public record LoadLimits(int maxAliases, int maxDepth, int maxCodePoints, int maxFiles) {
  public static final LoadLimits DEFAULT = new LoadLimits(1000, 64, 8 * 1024 * 1024, 1000);

  /** Nodes that aliases may add to a file, per alias allowed: a bound on what binding reads. */
  static final long NODES_PER_ALIAS = 100;

  /**
   * How many nodes aliases may add to a file beyond those written: each alias re-reads its
   * anchored node, and nested anchors multiply ("billion laughs").
   */
  public long maxExpansion() {
    return maxAliases * NODES_PER_ALIAS;
  }

  public LoadLimits {
    if (maxAliases < 0 || maxDepth < 1 || maxCodePoints < 1 || maxFiles < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
