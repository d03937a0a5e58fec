package dev.cwmon.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared folder of third-party test input (corpus, seed, oracles), which lives beside
 * the repository rather than in it: {@code $CWMON_SHARED} when set, else the nearest
 * {@code shared} folder above the working directory, else {@code /work/shared}. Tests that need
 * it skip with a reason when it is missing, so a clone elsewhere still builds.
 */
public final class Shared {
  private Shared() {}

  /** {@code shared/relative}, if the shared folder and that entry exist. */
  public static Optional<Path> find(String relative) {
    String env = System.getenv("CWMON_SHARED");
    if (env != null && !env.isBlank()) {
      return existing(Path.of(env).resolve(relative));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Optional<Path> found = existing(dir.resolve("shared").resolve(relative));
      if (found.isPresent()) {
        return found;
      }
    }
    return existing(Path.of("/work/shared").resolve(relative));
  }

  private static Optional<Path> existing(Path candidate) {
    return Files.exists(candidate) ? Optional.of(candidate.normalize()) : Optional.empty();
  }
}
