package dev.cwmon.cli;

import dev.cwmon.model.Spec;
import dev.cwmon.pipeline.Pipeline;
import dev.cwmon.render.Output;
import dev.cwmon.ruletest.Promtool;
import dev.cwmon.ruletest.RuleTestRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The promtool half of {@code cwmon test}: generates the spec into a temporary folder and runs
 * {@code promtool test rules} on the generated SLO tests and on the spec's rule_tests.
 */
final class RuleTestStep {
  private RuleTestStep() {}

  /** Whether the spec has rule tests: SLOs (whose tests cwmon writes) or rule_tests. */
  static boolean applies(Spec spec) {
    return !spec.slos().isEmpty() || !spec.ruleTests().isEmpty();
  }

  /** What promtool printed and whether every test passed. */
  static Promtool.Result run(Pipeline pipeline, Spec spec, String sourceName,
      Promtool promtool) throws IOException {
    List<Output> outputs = pipeline.render(spec, sourceName);
    Path dir = Files.createTempDirectory("cwmon-test-rules-");
    try {
      return new RuleTestRunner(promtool).run(spec, outputs, dir);
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
