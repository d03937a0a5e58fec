package dev.cwmon.logstash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared corpus and seed folders by walking up from the working directory. */
final class SharedFiles {
  private SharedFiles() {}

  static Optional<Path> find(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve(relative);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
