package dev.cwmon.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Carries what cwmon did not write from the old output folder into the new set: files as hard
 * links (a copy where links are not possible), symbolic links as links (never followed), and
 * empty folders. The old folder is only read, so that it stays whole until it is replaced.
 */
final class Carry {
  private Carry() {}

  /**
   * Carries every entry of {@code from} into {@code to} except the manifest, the files of
   * earlier runs that go ({@code stale}), and anything at or around a path this run wrote.
   */
  static void foreign(Path from, Path to, Set<String> stale, Set<String> written)
      throws IOException {
    List<Path> entries;
    try (Stream<Path> walk = Files.walk(from)) {
      entries = walk.filter(p -> !p.equals(from)).sorted().toList();
    }
    for (Path entry : entries) {
      String rel = from.relativize(entry).toString().replace('\\', '/');
      if (rel.equals(OutputWriter.MANIFEST) || rel.startsWith(".cwmon-tmp-")
          || stale.contains(rel) || clashes(rel, written)) {
        continue;
      }
      Path copy = to.resolve(rel);
      if (Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      if (Files.isSymbolicLink(entry)) {
        Files.createDirectories(copy.getParent());
        Files.createSymbolicLink(copy, Files.readSymbolicLink(entry));
      } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        if (isEmpty(entry)) {
          Files.createDirectories(copy);
        }
      } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(copy.getParent());
        link(entry, copy);
      }
    }
  }

  /** Whether {@code rel} is a written path, or inside one, or a non-folder above one. */
  private static boolean clashes(String rel, Set<String> written) {
    for (String w : written) {
      if (w.equals(rel) || rel.startsWith(w + "/")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.findAny().isEmpty();
    }
  }

  private static void link(Path existing, Path copy) throws IOException {
    try {
      Files.createLink(copy, existing);
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(existing, copy, StandardCopyOption.COPY_ATTRIBUTES,
          LinkOption.NOFOLLOW_LINKS);
    }
  }
}
