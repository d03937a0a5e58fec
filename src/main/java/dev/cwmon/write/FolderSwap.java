package dev.cwmon.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces a whole folder by another in two renames, with siblings whose names say how far a
 * swap got, so that an interrupted swap is finished or undone by the next one.
 *
 * <p>For an output folder {@code out}: the new set is written into {@code out.cwmon-new-X},
 * renamed to {@code out.cwmon-ready-X} once complete, then {@code out} is renamed to
 * {@code out.cwmon-old-X} and the ready folder to {@code out}. At every instant {@code out} holds
 * the old set, the new set, or (between the two renames) is absent; {@link #recover} turns the
 * absent state into the new set. docs/hardening.md explains why no state is a mix.
 */
final class FolderSwap implements AutoCloseable {
  static final String NEW = ".cwmon-new-";
  static final String READY = ".cwmon-ready-";
  static final String OLD = ".cwmon-old-";

  private final Path dir;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private FolderSwap(Path dir, FileChannel lockChannel, FileLock lock) {
    this.dir = dir;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code dir} (one writer at a time) and recovers an interrupted swap.
   * {@code dir} must be absolute and normalized, and its parent must exist.
   */
  static FolderSwap open(Path dir) throws IOException {
    Path lockFile = lockFile(dir);
    FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      lock = null;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new IOException("another cwmon is writing " + dir + " (lock " + lockFile + ")");
    }
    FolderSwap swap = new FolderSwap(dir, channel, lock);
    swap.recover();
    return swap;
  }

  /** A fresh, empty folder beside the target to write the new set into. */
  Path stage() throws IOException {
    return Files.createTempDirectory(dir.getParent(), dir.getFileName() + NEW);
  }

  /** Puts the complete folder {@code staged} in place of the target. */
  void commit(Path staged) throws IOException {
    Fsync.tree(staged);
    String suffix = staged.getFileName().toString()
        .substring(dir.getFileName().toString().length() + NEW.length());
    Path ready = Files.move(staged, dir.resolveSibling(dir.getFileName() + READY + suffix));
    Fsync.dir(dir.getParent());
    if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(dir, dir.resolveSibling(dir.getFileName() + OLD + suffix));
    }
    Files.move(ready, dir);
    Fsync.dir(dir.getParent());
    recover();
  }

  /**
   * Finishes or undoes an interrupted swap: an incomplete new set is deleted; a complete one is
   * moved in only where the target is missing (the instant between the two renames); old sets
   * are deleted once the target is in place.
   */
  void recover() throws IOException {
    for (Path p : siblings(NEW)) {
      deleteTree(p);
    }
    List<Path> ready = siblings(READY);
    List<Path> old = siblings(OLD);
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      if (!ready.isEmpty()) {
        Files.move(ready.get(0), dir);
      } else if (!old.isEmpty()) {
        Files.move(old.get(0), dir);
      }
      Fsync.dir(dir.getParent());
    }
    for (Path p : siblings(READY)) {
      deleteTree(p);
    }
    for (Path p : siblings(OLD)) {
      deleteTree(p);
    }
  }

  private List<Path> siblings(String marker) throws IOException {
    String prefix = dir.getFileName() + marker;
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(dir.getParent(), e -> e.getFileName().toString()
            .startsWith(prefix))) {
      entries.forEach(found::add);
    }
    found.sort(Comparator.comparing(Path::toString));
    return found;
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.deleteIfExists(p);
        } catch (NoSuchFileException | FileAlreadyExistsException ignored) {
          // Already gone: another step of the same cleanup removed it.
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(lockFile());
      lock.release();
    } finally {
      lockChannel.close();
    }
  }

  private Path lockFile() {
    return lockFile(dir);
  }

  static Path lockFile(Path dir) {
    return dir.resolveSibling("." + dir.getFileName() + ".cwmon-lock");
  }
}
