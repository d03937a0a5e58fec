package dev.cwmon.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Flushes files and folders to the disk before a rename publishes them, so that a power loss
 * after the rename cannot leave a renamed folder with empty files. Folders cannot be flushed
 * on every platform; there it is skipped.
 */
final class Fsync {
  private Fsync() {}

  static void tree(Path root) throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(root)) {
      all = walk.toList();
    }
    for (Path p : all) {
      if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        try (FileChannel c = FileChannel.open(p, StandardOpenOption.READ)) {
          c.force(true);
        }
      } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        dir(p);
      }
    }
  }

  static void dir(Path dir) {
    try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
      c.force(true);
    } catch (IOException | UnsupportedOperationException ignored) {
      // Not every platform can open a folder; the rename is still atomic there.
    }
  }
}
