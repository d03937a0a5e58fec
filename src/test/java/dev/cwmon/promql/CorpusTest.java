package dev.cwmon.promql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Tools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every expression of the rules corpus, which promtool 2.42 accepts (see ORACLE.md). */
class CorpusTest {
  @Test
  void everyCorpusExpressionParses() {
    Path corpus = Cases.corpus().orElse(null);
    Assumptions.assumeTrue(corpus != null,
        "shared/corpus not found above " + Path.of("").toAbsolutePath() + "; corpus skipped");
    List<Cases.RuleExpr> exprs = Cases.corpusExprs(corpus);

    List<String> failures = new ArrayList<>();
    for (Cases.RuleExpr rule : exprs) {
      try {
        PromQL.parse(rule.expr());
      } catch (PromqlException e) {
        failures.add(rule.file().getFileName() + ": " + e.getMessage() + "\n  " + rule.expr());
      }
    }

    assertThat(exprs).hasSizeGreaterThan(1500);
    assertThat(failures).isEmpty();
  }

  /** promtool judges the same files in one run: each file cwmon parses, promtool accepts. */
  @Test
  void promtoolAcceptsEveryCorpusFileCwmonAccepts() {
    Path corpus = Cases.corpus().orElse(null);
    Assumptions.assumeTrue(corpus != null, "shared/corpus not found; corpus skipped");
    Tools.assumeInstalled("promtool", "prometheus");
    Map<Path, Boolean> cwmon = new TreeMap<>();
    for (Cases.RuleExpr rule : Cases.corpusExprs(corpus)) {
      boolean ok;
      try {
        PromQL.parse(rule.expr());
        ok = true;
      } catch (PromqlException e) {
        ok = false;
      }
      cwmon.merge(rule.file(), ok, Boolean::logicalAnd);
    }
    // Without the duplicate-rule lint, which cwmon reports as warning CW136.
    List<String> command = new ArrayList<>(List.of("promtool", "check", "rules", "--lint=none"));
    cwmon.keySet().forEach(f -> command.add(f.toString()));

    Tools.Run promtool = Tools.run(corpus, command.toArray(String[]::new));

    Map<Path, Boolean> judged = new TreeMap<>();
    Path current = null;
    for (String line : promtool.output().lines().toList()) {
      if (line.startsWith("Checking ")) {
        current = Path.of(line.substring("Checking ".length()).strip());
      } else if (current != null && line.strip().startsWith("SUCCESS")) {
        judged.put(current, true);
      } else if (current != null && line.strip().startsWith("FAILED")) {
        judged.put(current, false);
      }
    }
    assertThat(cwmon).hasSizeGreaterThan(100);
    assertThat(judged).as(promtool.output()).isEqualTo(cwmon);
  }
}
