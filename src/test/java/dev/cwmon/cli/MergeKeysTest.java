package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import dev.cwmon.testing.Tools;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML merge keys ({@code <<: *a}, {@code <<: [*a, *b]}) are read as promtool and amtool read
 * them (Go's yaml applies them), with positions at the place each value was written.
 */
class MergeKeysTest {
  private static final String RULES = String.join("\n",
      "groups:",
      "  - name: g",
      "    rules:",
      "      - &a {alert: A, expr: up == 0, for: 5m}",
      "      - <<: *a",
      "        alert: B",
      "");

  /** Receivers and routes that merge anchored mappings, with keys that override them. */
  private static final String AM_SPEC = String.join("\n",
      "name: m",
      "alertmanager:",
      "  route:",
      "    receiver: default",
      "    group_by: [alertname]",
      "    routes:",
      "      - &team_route",
      "        receiver: team-a",
      "        group_wait: 45s",
      "        matchers: ['team=\"a\"']",
      "      - <<: *team_route",
      "        receiver: team-b",
      "        matchers: ['team=\"b\"']",
      "  receivers:",
      "    - name: default",
      "    - &hook",
      "      name: team-a",
      "      webhook_configs: [{url: 'http://hooks.example.com/a', max_alerts: 7}]",
      "    - <<: [{webhook_configs: [{url: 'http://hooks.example.com/b'}]}, *hook]",
      "      name: team-b",
      "");

  @TempDir Path tmp;

  @Test
  void ruleWithAMergeKeyLintsCleanAsPromtoolAccepts() {
    Path file = Cwmon.write(tmp.resolve("rules.yml"), RULES);

    Cwmon.Result r = Cwmon.run("lint", file.toString());

    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out() + r.err()).contains("0 errors").doesNotContain("CW1", "<<");
    Tools.assumeInstalled("promtool", "prometheus");
    Tools.Run promtool = Tools.run(tmp, "promtool", "check", "rules", file.toString());
    Tools.assertAccepted(promtool, "promtool check rules");
    assertThat(promtool.output()).contains("2 rules found");
  }

  @Test
  void mergedReceiversAndRoutesGenerateAConfigThatAmtoolAccepts() {
    Path spec = Cwmon.write(tmp.resolve("cwmon.yaml"), AM_SPEC);
    Path out = tmp.resolve("out");

    Cwmon.Result r = Cwmon.run("generate", spec.toString(), "-o", out.toString());

    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    Tools.assumeInstalled("amtool", "prometheus-alertmanager");
    Tools.Run amtool = Tools.run(out, "amtool", "check-config", "alertmanager.yml");
    Tools.assertAccepted(amtool, "amtool check-config");
    assertThat(amtool.output()).contains("3 receivers");
  }

  @Test
  void explicitKeysOverrideMergedOnesAndEarlierMapsWin() {
    Path spec = Cwmon.write(tmp.resolve("cwmon.yaml"), AM_SPEC);
    Path out = tmp.resolve("out");
    assertThat(Cwmon.run("generate", spec.toString(), "-o", out.toString()).exitCode())
        .isZero();

    String am = Cwmon.read(out.resolve("alertmanager.yml"));
    String routeA = am.substring(am.indexOf("receiver: team-a"), am.indexOf("receiver: team-b"));
    assertThat(routeA).contains("matchers: [team=a]", "group_wait: 45s")
        .doesNotContain("team=b");
    String routeB = am.substring(am.indexOf("receiver: team-b"), am.indexOf("\nreceivers:"));
    assertThat(routeB).contains("matchers: [team=b]", "group_wait: 45s")
        .doesNotContain("team=a");
    String receiverB = am.substring(am.indexOf("name: team-b"));
    assertThat(receiverB).contains("http://hooks.example.com/b")
        .doesNotContain("http://hooks.example.com/a")
        .doesNotContain("max_alerts");
    assertThat(am).contains("http://hooks.example.com/a");
  }

  @Test
  void aMergeValueThatIsNotAMappingIsCw101AtItsPosition() {
    Path file = Cwmon.write(tmp.resolve("bad.yml"), String.join("\n",
        "groups:",
        "  - name: g",
        "    rules:",
        "      - <<: 3",
        "        alert: B",
        "        expr: up == 0",
        ""));

    Cwmon.Result r = Cwmon.run("lint", file.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out() + r.err())
        .contains(file + ":4:13: error CW101: the value of a merge key \"<<\" must be a "
            + "mapping or a list of mappings, not \"3\"")
        .contains("hint: merge an anchored mapping: <<: *name, or several: <<: [*a, *b]")
        .doesNotContain("Exception");
  }

  @Test
  void aListItemThatIsNotAMappingIsCw101AtTheItem() {
    Path file = Cwmon.write(tmp.resolve("bad.yml"), String.join("\n",
        "groups:",
        "  - name: g",
        "    rules:",
        "      - <<: [{alert: C}, [1]]",
        "        expr: up == 0",
        ""));

    Cwmon.Result r = Cwmon.run("lint", file.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out() + r.err()).contains(file + ":4:26: error CW101: an item of a merge "
        + "key's list must be a mapping, not a list");
  }

  @Test
  void errorsInsideMergedContentPointAtTheAnchor() {
    Path file = Cwmon.write(tmp.resolve("rules.yml"), String.join("\n",
        "groups:",
        "  - name: g",
        "    rules:",
        "      - &a",
        "        alert: A",
        "        expr: up == 0",
        "        for: soon",
        "      - <<: *a",
        "        alert: B",
        ""));

    Cwmon.Result r = Cwmon.run("lint", file.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    String printed = r.out() + r.err();
    assertThat(printed).contains(file + ":7:14: error CW105: bad duration \"soon\"");
    assertThat(printed).doesNotContain(file + ":8:").doesNotContain(file + ":9:");
  }

  @Test
  void nestedMergesApplyTheInnerMergeFirst() {
    Path file = Cwmon.write(tmp.resolve("rules.yml"), String.join("\n",
        "groups:",
        "  - name: g",
        "    rules:",
        "      - &base {alert: A, expr: up == 0, labels: {severity: page}}",
        "      - &mid",
        "        <<: *base",
        "        alert: B",
        "      - <<: *mid",
        "        alert: C",
        "        for: 1m",
        ""));

    Cwmon.Result r = Cwmon.run("lint", file.toString());

    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    Tools.assumeInstalled("promtool", "prometheus");
    Tools.Run promtool = Tools.run(tmp, "promtool", "check", "rules", file.toString());
    Tools.assertAccepted(promtool, "promtool check rules");
    assertThat(promtool.output()).contains("3 rules found");
  }

  @Test
  void aRepeatedMergeKeyIsADuplicateKey() {
    Path file = Cwmon.write(tmp.resolve("rules.yml"), String.join("\n",
        "groups:",
        "  - name: g",
        "    rules:",
        "      - &a {alert: A, expr: up == 0}",
        "      - <<: *a",
        "        <<: *a",
        "        alert: B",
        ""));

    Cwmon.Result r = Cwmon.run("lint", file.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out() + r.err()).contains(file + ":6:9: error CW103: duplicate key \"<<\"");
  }

  @Test
  void mergeKeysStillCountTowardsTheAliasLimit() {
    StringBuilder rules = new StringBuilder("groups:\n  - name: g\n    rules:\n"
        + "      - &a {alert: A, expr: up == 0}\n");
    for (int i = 0; i < 5; i++) {
      rules.append("      - {<<: *a, alert: B").append(i).append("}\n");
    }
    Path file = Cwmon.write(tmp.resolve("rules.yml"), rules.toString());

    Cwmon.Result r = Cwmon.run("lint", file.toString(), "--max-aliases", "3");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out() + r.err()).contains("error CW101").contains("--max-aliases")
        .doesNotContain("Exception");
  }

  @Test
  void aQuotedMergeKeyIsAnOrdinaryUnknownKey() {
    Path file = Cwmon.write(tmp.resolve("cwmon.yaml"), String.join("\n",
        "name: q",
        "alertmanager:",
        "  route: {receiver: r}",
        "  receivers: [{name: r, '<<': {webhook_configs: []}}]",
        ""));

    Cwmon.Result r = Cwmon.run("lint", file.toString());

    assertThat(r.out() + r.err()).contains(file + ":4:25: error CW102: unknown key \"<<\"")
        .contains("a quoted \"<<\" is an ordinary key; write << unquoted to merge a mapping");
  }
}
