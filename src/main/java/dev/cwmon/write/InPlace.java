package dev.cwmon.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Writes the new set into an output folder that cannot be swapped as a whole — a mount point,
 * or a folder whose parent cwmon may not write — one file at a time: each file is written
 * beside its target inside the folder and renamed over it, so no file is ever partial, though
 * a run killed midway can leave some files old and some new (the folder swap avoids that).
 * The folder itself, with its owner, group and mode, stays as it is.
 */
final class InPlace {
  private static final String LOCK = ".cwmon-lock";

  private InPlace() {}

  /** Whether {@code dir} must be written in place rather than swapped. */
  static boolean needed(Path dir) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return !Files.isWritable(dir.getParent());
    }
    return !Files.isWritable(dir.getParent())
        || !Files.getFileStore(dir).equals(Files.getFileStore(dir.getParent()));
  }

  /** Moves every file of {@code staged} into {@code dir}; deletes the {@code stale} ones. */
  static void write(Path dir, Path staged, Set<String> written, Set<String> stale)
      throws IOException {
    Files.createDirectories(dir);
    try (FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
      if (lock == null) {
        throw new IOException("another cwmon is writing " + dir);
      }
      for (String path : written) {
        replace(staged.resolve(path), OutputWriter.resolveInside(dir, path));
      }
      replace(staged.resolve(OutputWriter.MANIFEST), dir.resolve(OutputWriter.MANIFEST));
      for (String path : stale) {
        if (!written.contains(path)) {
          Files.deleteIfExists(OutputWriter.resolveInside(dir, path));
        }
      }
    } finally {
      Files.deleteIfExists(dir.resolve(LOCK));
    }
  }

  private static void replace(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Path temp = to.resolveSibling("." + to.getFileName() + ".cwmon-tmp");
    Files.copy(from, temp, StandardCopyOption.REPLACE_EXISTING);
    Fsync.tree(temp);
    Files.move(temp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
