package dev.cwmon.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the last run wrote into an output folder: each path with the SHA-256 of its bytes, one
 * {@code HASH  PATH} line per file as {@code sha256sum} writes them, so that
 * {@code sha256sum -c .cwmon-manifest} in the folder shows which files were edited since.
 * A manifest of an older cwmon lists bare paths; their hash is unknown.
 */
final class Manifest {
  private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (.+)");
  private static final String UNKNOWN = "";

  private final Map<String, String> hashes;

  private Manifest(Map<String, String> hashes) {
    this.hashes = hashes;
  }

  /** The manifest of {@code dir}; empty when there is none. */
  static Manifest read(Path dir) throws IOException {
    Path file = dir.resolve(OutputWriter.MANIFEST);
    Map<String, String> hashes = new LinkedHashMap<>();
    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        Matcher m = LINE.matcher(line.strip());
        String path = m.matches() ? m.group(2) : line.strip();
        // A line pointing outside the folder is not ours to delete or replace.
        if (!path.isEmpty() && OutputWriter.isInside(dir, path)) {
          hashes.put(path, m.matches() ? m.group(1) : UNKNOWN);
        }
      }
    }
    return new Manifest(hashes);
  }

  /** The text of a manifest listing {@code written}, path to bytes, in its order. */
  static String text(Map<String, byte[]> written) {
    StringBuilder text = new StringBuilder();
    written.forEach((path, bytes) -> text.append(sha256(bytes)).append("  ").append(path)
        .append('\n'));
    return text.toString();
  }

  Set<String> paths() {
    return hashes.keySet();
  }

  boolean lists(String path) {
    return hashes.containsKey(path);
  }

  /**
   * Whether {@code file}, at {@code path} in the folder, is still cwmon's: the manifest lists
   * it, and it starts with the generated header or has exactly the bytes cwmon wrote. The
   * second case is for formats without comments (JSON dashboards, {@code prometheus.args}):
   * there any change is the user's.
   */
  boolean owns(String path, Path file) throws IOException {
    if (!lists(path) || !Files.isReadable(file)) {
      return false;
    }
    if (hasHeader(file)) {
      return true;
    }
    String recorded = hashes.get(path);
    return !recorded.equals(UNKNOWN) && recorded.equals(sha256(Files.readAllBytes(file)));
  }

  /**
   * Whether {@code file} starts with {@link OutputWriter#HEADER}; reads only that far. A file
   * cwmon may not read has no header as far as cwmon can tell.
   */
  static boolean hasHeader(Path file) throws IOException {
    if (!Files.isReadable(file)) {
      return false;
    }
    byte[] header = OutputWriter.HEADER.getBytes(StandardCharsets.UTF_8);
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return Arrays.equals(in.readNBytes(header.length), header);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
