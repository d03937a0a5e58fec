package dev.cwmon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cwmon.testing.Cwmon;
import dev.cwmon.testing.PrometheusServer;
import dev.cwmon.testing.Tools;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules whose expression gives a range vector or a string pass promtool but fail every
 * evaluation in Prometheus: cwmon lint refuses exactly the rules a running Prometheus marks
 * unhealthy.
 */
class RuleResultTypeTest {
  @TempDir Path dir;

  private static final String RULES = String.join("\n",
      "groups:",
      "  - name: g",
      "    interval: 1s",
      "    rules:",
      "      - record: job:range:up",
      "        expr: up[5m]",
      "      - alert: AString",
      "        expr: '\"foo\"'",
      "      - record: job:time:scalar",
      "        expr: time()",
      "      - alert: Down",
      "        expr: up == 0",
      "");

  @Test
  void lintRefusesTheRulesPrometheusCannotEvaluate() throws Exception {
    Path rules = Cwmon.write(dir.resolve("rules.yml"), RULES);

    Cwmon.Result lint = Cwmon.run("lint", rules.toString());

    assertThat(lint.out()).contains(rules + ":6:15: error CW201: PromQL: a rule's expression"
        + " must give an instant vector or a scalar, not a range vector")
        .contains(rules + ":8:15: error CW201").contains("2 errors");

    Tools.assumeInstalled("prometheus", "prometheus");
    Path config = Cwmon.write(dir.resolve("prometheus.yml"),
        "global: {evaluation_interval: 1s}\nrule_files: [" + rules + "]\n");
    Path args = Cwmon.write(dir.resolve("prometheus.args"),
        "--config.file=x\n--storage.tsdb.path=x\n");
    try (PrometheusServer server = PrometheusServer.start(args, config, dir)) {
      JsonNode group = new ObjectMapper()
          .readTree(server.waitFor("/api/v1/rules", "not a vector or scalar"))
          .at("/data/groups/0/rules");
      Map<String, String> health = new TreeMap<>();
      group.forEach(rule -> health.put(rule.get("name").asText(), rule.get("health").asText()));
      // Wait until all four have been evaluated once (each second), for at most 30 seconds.
      for (int tries = 0; tries < 150 && health.containsValue("unknown"); tries++) {
        Thread.sleep(200);
        health.clear();
        new ObjectMapper().readTree(server.waitFor("/api/v1/rules", "\"groups\""))
            .at("/data/groups/0/rules")
            .forEach(r -> health.put(r.get("name").asText(), r.get("health").asText()));
      }
      assertThat(health).containsExactlyInAnyOrderEntriesOf(Map.of(
          "job:range:up", "err", "AString", "err", "job:time:scalar", "ok", "Down", "ok"));
    }
  }
}
