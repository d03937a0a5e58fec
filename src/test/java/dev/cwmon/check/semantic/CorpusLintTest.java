package dev.cwmon.check.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cwmon.cli.ExitCodes;
import dev.cwmon.testing.Cwmon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Lints every rule file, prometheus.yml and alertmanager.yml of the shared corpus. */
class CorpusLintTest {
  private static final Pattern CODE = Pattern.compile(": (error|warning|info) (CW\\d+):");

  @Test
  void everyCorpusFileLintsWithoutInternalError() throws IOException {
    Path corpus = corpus();
    assumeTrue(corpus != null, "no shared/corpus: set CWMON_SHARED to the shared folder");
    List<List<Path>> runs = new ArrayList<>();
    for (String folder : List.of("rules", "prometheus", "alertmanager")) {
      try (Stream<Path> files = Files.list(corpus.resolve(folder))) {
        files.sorted().forEach(f -> runs.add(List.of(f)));
      }
    }
    for (String project : List.of("dockprom", "swarmprom", "vegasbrianc-prometheus")) {
      runs.add(together(corpus, project));
    }
    Map<String, Integer> counts = new TreeMap<>();
    for (List<Path> run : runs) {
      List<String> args = new ArrayList<>(List.of("lint"));
      run.forEach(p -> args.add(p.toString()));
      Cwmon.Result r = Cwmon.run(args.toArray(String[]::new));
      assertThat(r.exitCode()).as("exit code of %s\n%s%s", run, r.out(), r.err())
          .isIn(ExitCodes.OK, ExitCodes.FINDINGS, ExitCodes.BAD_INPUT);
      assertThat(r.err()).as("stderr of %s", run).doesNotContain("Exception");
      Matcher m = CODE.matcher(r.out());
      while (m.find()) {
        counts.merge(m.group(2) + " " + m.group(1), 1, Integer::sum);
      }
    }
    System.out.println("corpus lint: " + runs.size() + " runs, findings by code: " + counts);
    assertThat(runs).hasSizeGreaterThan(150);
  }

  /**
   * Where ORACLE.md says promtool or amtool refused a corpus file for a field it does not know
   * ("line 14: field keep_dropped_targets not found"), cwmon lint refuses that key at that
   * line, and it refuses no key in the files the tools loaded (nor the discoveries Debian's
   * promtool lacks).
   */
  @Test
  void unknownKeysAreRefusedExactlyWhereTheToolsRefusedThem() throws IOException {
    Path corpus = corpus();
    assumeTrue(corpus != null, "no shared/corpus: set CWMON_SHARED to the shared folder");
    Pattern verdict = Pattern.compile("^- `((?:prometheus|alertmanager)/[^`]+)`: (PASS|FAIL)"
        + "(?:.*?line (\\d+): field (\\w+) not found)?");
    Map<String, String> expected = new TreeMap<>();
    Map<String, String> found = new TreeMap<>();
    for (String line : Files.readAllLines(corpus.resolve("ORACLE.md"))) {
      Matcher m = verdict.matcher(line);
      if (!m.find() || !Files.isRegularFile(corpus.resolve(m.group(1)))) {
        continue;
      }
      String file = m.group(1);
      // Debian builds promtool without some discoveries that Prometheus 2.42 has.
      boolean debianOnly = m.group(4) != null
          && m.group(4).matches("(consul|kubernetes|kuma|linode|nomad)_sd_configs");
      expected.put(file, m.group(3) == null || debianOnly ? "" : m.group(3) + " " + m.group(4));
      Matcher first = Pattern.compile(":(\\d+):\\d+: error CW102: unknown key \"(\\w+)\"")
          .matcher(Cwmon.run("lint", corpus.resolve(file).toString()).out());
      found.put(file, first.find() ? first.group(1) + " " + first.group(2) : "");
    }
    assertThat(expected).hasSizeGreaterThan(25);
    assertThat(found).isEqualTo(expected);
  }

  /** shared/corpus, as {@link dev.cwmon.testing.Shared} finds it, or null. */
  static Path corpus() {
    return dev.cwmon.testing.Shared.find("corpus").orElse(null);
  }

  private static List<Path> together(Path corpus, String project) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String folder : List.of("prometheus", "alertmanager", "rules")) {
      try (Stream<Path> files = Files.list(corpus.resolve(folder))) {
        files.filter(f -> f.getFileName().toString().startsWith(project + "__")).sorted()
            .forEach(out::add);
      }
    }
    return out;
  }
}
