package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Panel queries go through the same PromQL and catalog checks as rule expressions. */
class DashboardQueryLintTest {
  @TempDir Path tmp;

  @Test
  void panelQueriesAreCheckedAtTheirColumnsWithGrafanaVariablesHandled() {
    Path spec = Cwmon.write(tmp.resolve("spec.yaml"), String.join("\n",
        Cwmon.HTTP_CATALOG,
        "grafana:",
        "  datasources:",
        "    - {name: Prometheus, type: prometheus, uid: prom, url: 'http://p:9090'}",
        "dashboards:",
        "  - title: D",
        "    datasource: prom",
        "    variables:",
        "      - {name: st, type: custom, values: [success, error]}",
        "    panels:",
        "      - title: P",
        "        type: timeseries",
        "        targets:",
        "          - expr: sum(rate(http_requests_total[$__rate_interval]))",
        "          - expr: sum(rate(http_request_total[5m]))",
        "          - expr: sum(rate(http_requests_total[$__rate_interval])) by (",
        "          - expr: sum(rate(http_requests_total{status=~\"$st\"}[5m]))",
        "          - expr: sum by ($st) (rate(http_requests_total[5m]))",
        "          - expr: sum(rate(http_requests_total{status=\"500\"}[$__rate_interval]))",
        ""));

    Cwmon.Result r = Cwmon.run("lint", spec.toString());

    assertThat(r.exitCode()).as(r.out()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out())
        .contains(spec + ":21:28: error CW301: unknown metric http_request_total")
        .contains(spec + ":22:72: error CW201: PromQL: unexpected end of input")
        .contains(spec + ":25:48: error CW303: no value of status matches status=\"500\"")
        .doesNotContain(":20:").doesNotContain(":23:").doesNotContain(":24:")
        .contains("3 errors");
  }
}
