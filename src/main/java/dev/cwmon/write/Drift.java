package dev.cwmon.write;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import dev.cwmon.render.Output;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares what {@code generate} would write with an output folder, without writing: a file
 * whose text differs, a file that is missing, and a file of cwmon's that would no longer be
 * generated, which {@code generate} deletes (see {@link Leftovers}), are each a difference
 * with a unified diff.
 */
public final class Drift {
  private static final int CONTEXT = 3;

  private Drift() {}

  /** How a file in the output folder differs from what cwmon would write. */
  public enum Kind {
    CHANGED("changed"), MISSING("missing"), STALE("no longer generated"),
    /** Changed, and no longer cwmon's: generate refuses to replace it without --force. */
    FOREIGN("changed, not cwmon's: generate refuses it without --force");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One file that drifted, and its unified diff (folder's version to cwmon's). */
  public record Difference(String path, Kind kind, String diff) {}

  /** Every difference, in output order, then stale files in path order. */
  public static List<Difference> compare(Path outDir, List<Output> outputs) throws IOException {
    List<Difference> differences = new ArrayList<>();
    Set<String> generated = new HashSet<>();
    Set<String> foreign = new HashSet<>();
    OutputWriter.foreignFiles(outDir, outputs).forEach(f -> foreign.add(f.path()));
    for (Output output : outputs) {
      generated.add(output.path());
      Path file = OutputWriter.resolveInside(outDir, output.path());
      if (!Files.isRegularFile(file)) {
        differences.add(new Difference(output.path(), Kind.MISSING,
            diff(output.path(), null, output.text())));
      } else {
        String current = read(file);
        if (!current.equals(output.text())) {
          differences.add(new Difference(output.path(),
              foreign.contains(output.path()) ? Kind.FOREIGN : Kind.CHANGED,
              diff(output.path(), current, output.text())));
        }
      }
    }
    Path dir = Files.isDirectory(outDir) ? outDir.toRealPath() : outDir;
    for (String stale : Leftovers.of(dir, Manifest.read(dir), generated).stale()) {
      Path file = OutputWriter.resolveInside(dir, stale);
      differences.add(new Difference(stale, Kind.STALE, diff(stale, read(file), null)));
    }
    return differences;
  }

  /** A unified diff in git's style; null text stands for a file that does not exist. */
  static String diff(String path, String before, String after) {
    List<String> original = lines(before);
    List<String> revised = lines(after);
    Patch<String> patch = DiffUtils.diff(original, revised);
    List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(
        before == null ? "/dev/null" : "a/" + path, after == null ? "/dev/null" : "b/" + path,
        original, patch, CONTEXT);
    StringBuilder out = new StringBuilder();
    unified.forEach(line -> out.append(hunkHeader(line)).append('\n'));
    if (patch.getDeltas().isEmpty()) {
      out.append("--- a/").append(path).append("\n+++ b/").append(path).append('\n')
          .append("(the files differ only in line endings or a final newline)\n");
    }
    return out.toString();
  }

  private static final java.util.regex.Pattern HUNK =
      java.util.regex.Pattern.compile("@@ -(\\d+),(\\d+) \\+(\\d+),(\\d+) @@");

  /**
   * An empty range starts at the line before it, as diff and git write it ({@code -0,0} for a
   * new file); the diff library writes {@code -1,0}, which some patch tools reject.
   */
  private static String hunkHeader(String line) {
    java.util.regex.Matcher m = HUNK.matcher(line);
    if (!m.matches()) {
      return line;
    }
    return "@@ -" + range(m.group(1), m.group(2)) + " +" + range(m.group(3), m.group(4)) + " @@";
  }

  private static String range(String start, String count) {
    int from = Integer.parseInt(start);
    return count.equals("0") && from > 0 ? (from - 1) + ",0" : start + "," + count;
  }

  private static List<String> lines(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return Arrays.asList(body.split("\n", -1));
  }

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }
}
