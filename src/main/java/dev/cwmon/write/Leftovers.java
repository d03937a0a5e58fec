package dev.cwmon.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of an output folder that cwmon would no longer generate. {@code stale} are cwmon's
 * and go: files the manifest lists that are still as cwmon wrote them, and any other file
 * that starts with the generated header. {@code edited} are files the manifest lists that
 * were edited since (header gone, or other bytes where there is no header); they are the
 * user's now and stay. Links are never followed, and in a subfolder with a manifest of its
 * own (the output folder of another run) the header alone does not make a file stale. Both
 * lists are sorted.
 */
record Leftovers(List<String> stale, List<String> edited) {
  Leftovers {
    stale = List.copyOf(stale);
    edited = List.copyOf(edited);
  }

  static Leftovers of(Path dir, Manifest manifest, Set<String> generated) throws IOException {
    List<String> stale = new ArrayList<>();
    List<String> edited = new ArrayList<>();
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return new Leftovers(stale, edited);
    }
    List<String> files = regularFiles(dir);
    Set<String> otherRuns = new HashSet<>();
    for (String rel : files) {
      if (rel.endsWith("/" + OutputWriter.MANIFEST)) {
        otherRuns.add(rel.substring(0, rel.length() - OutputWriter.MANIFEST.length()));
      }
    }
    for (String rel : files) {
      if (generated.contains(rel) || !OutputWriter.isInside(dir, rel)) {
        continue;
      }
      Path file = dir.resolve(rel);
      if (manifest.owns(rel, file)
          || !inOtherRun(rel, otherRuns) && Manifest.hasHeader(file)) {
        stale.add(rel);
      } else if (manifest.lists(rel)) {
        edited.add(rel);
      }
    }
    return new Leftovers(stale, edited);
  }

  /** Every regular file below {@code dir}, reached without following a link, sorted. */
  private static List<String> regularFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> String.join("/", names(dir.relativize(p))))
          .sorted().toList();
    }
  }

  private static List<String> names(Path relative) {
    List<String> names = new ArrayList<>();
    relative.forEach(name -> names.add(name.toString()));
    return names;
  }

  private static boolean inOtherRun(String rel, Set<String> otherRuns) {
    return otherRuns.stream().anyMatch(rel::startsWith);
  }
}
