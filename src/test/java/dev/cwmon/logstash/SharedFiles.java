package dev.cwmon.logstash;

import java.nio.file.Path;
import java.util.Optional;

/** The shared corpus and seed folders, as {@link dev.cwmon.testing.Shared} finds them. */
final class SharedFiles {
  private SharedFiles() {}

  static Optional<Path> find(String relative) {
    return dev.cwmon.testing.Shared.find(relative);
  }
}
