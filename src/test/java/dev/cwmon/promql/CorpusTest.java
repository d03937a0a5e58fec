package dev.cwmon.promql;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  /** Thread CPU time, best of many batches, so that a busy machine does not fail the build. */
  @Test
  void typicalRuleParsesWellUnder50Microseconds() {
    String rule = "sum by (namespace, pod) (rate(container_cpu_usage_seconds_total"
        + "{job=\"kubelet\", image!=\"\", container=~\"app-.*\"}[5m])) / on (namespace, pod) "
        + "group_left kube_pod_container_resource_limits{resource=\"cpu\"} > 0.9";
    for (int i = 0; i < 20_000; i++) {
      PromQL.parse(rule);
    }

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Assumptions.assumeTrue(threads.isCurrentThreadCpuTimeSupported(), "no thread cpu time");
    double best = Double.MAX_VALUE;
    for (int batch = 0; batch < 50; batch++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < 500; i++) {
        PromQL.parse(rule);
      }
      best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1000.0 / 500);
    }

    assertThat(best).as("µs per parse, best batch").isLessThan(50);
  }
}
