package dev.cwmon.check.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lints a generated spec of 20,000 rules, to show the checks stay linear. */
class ScaleLintTest {
  private static final int RULES = 20_000;

  @TempDir Path dir;

  @Test
  void twentyThousandRulesLintInLinearTime() throws IOException {
    StringBuilder rules = new StringBuilder();
    for (int i = 0; i < RULES / 2; i++) {
      rules.append("          - record: tenant:codeweaver_requests_").append(i).append(":rate5m\n")
          .append("            expr: sum by (tenant_id) (rate(codeweaver_requests_total{")
          .append("endpoint=\"/e").append(i).append("\"}[5m]))\n")
          .append("          - alert: Tenant").append(i).append("HighRate\n")
          .append("            expr: tenant:codeweaver_requests_").append(i)
          .append(":rate5m > 50\n")
          .append("            labels: {severity: warning, component: business}\n")
          .append("            annotations:\n")
          .append("              description: \"{{ $labels.tenant_id }} on {{ $labels.instance"
              + " }}\"\n");
    }
    Path spec = SpecWithRules.write(dir, rules.toString(), null);
    long start = System.nanoTime();
    Cwmon.Result r = Cwmon.run("lint", "--max-size", "50000000", spec.toString());
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("lint of %d rules: %d ms (%.3f ms a rule)%n", RULES, millis,
        millis / (double) RULES);
    assertThat(r.err()).doesNotContain("Exception");
    assertThat(r.out().split("warning CW202: ", -1)).hasSize(RULES / 2 + 1);
  }
}
