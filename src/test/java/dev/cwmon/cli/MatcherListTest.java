package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import dev.cwmon.testing.Tools;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Items of a route's matcher list: cwmon lint loads exactly those amtool loads, braces and
 * several comma-separated matchers in one item included.
 */
class MatcherListTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {
      "'{severity=\"page\", team=~\"a|b\"}'", "'service = api, env!=\"dev\"'", "'{a=b,}'",
      "'{}'", "'{'", "'a=b}'", "'foo='", "'code=~\"5\\d\\d\"'", "'a=\"x\\\\\"'", "'a=\\\\'",
      "'a=\"b,c\"'", "'a = b , c = d'", "'a=b,,c=d'", "'a=b,c'", "'{{a=b}}'", "','",
      "'a=x\"y'", "'a=\"x'", "'a=x\"'", "'a=\"x\\\\\"y\"'", "'1a=b'", "'a=~\"(\"'"})
  void lintLoadsTheItemsAmtoolLoads(String item) {
    Path file = Cwmon.write(tmp.resolve("alertmanager.yml"), "route:\n  receiver: d\n"
        + "  routes:\n    - receiver: d\n      matchers:\n        - " + item + "\n"
        + "receivers:\n  - name: d\n");

    Cwmon.Result lint = Cwmon.run("lint", file.toString());

    assertThat(lint.exitCode()).as(lint.out()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
    Tools.assumeInstalled("amtool", "prometheus-alertmanager");
    Tools.Run amtool = Tools.run(tmp, "amtool", "check-config", file.toString());
    assertThat(lint.exitCode() == ExitCodes.OK)
        .as("cwmon: %s%namtool: %s", lint.out(), amtool.output())
        .isEqualTo(amtool.exitCode() == 0);
  }

  @Test
  void aSpecMayGroupMatchersInOneItemAndGetsOneItemEach() {
    Path spec = Cwmon.write(tmp.resolve("spec.yaml"), """
        name: grouped
        alertmanager:
          route:
            receiver: default
            routes:
              - receiver: pager
                matchers: ['{severity="page", team=~"search|index"}']
          receivers:
            - name: default
            - name: pager
        """);

    Cwmon.Result r = Cwmon.run("generate", spec.toString(), "-o", tmp.resolve("out").toString());

    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(tmp.resolve("out/alertmanager.yml")).content()
        .contains("matchers: [severity=page, \"team=~search|index\"]");
  }

  @Test
  void aBadLabelNameInMatchIsReportedAtTheName() {
    Path file = Cwmon.write(tmp.resolve("alertmanager.yml"), """
        route:
          receiver: d
          routes:
            - receiver: d
              match:
                "bad-name": x
        receivers:
          - name: d
        """);

    Cwmon.Result r = Cwmon.run("lint", file.toString());

    assertThat(r.out()).contains(file + ":6:9: error CW105: bad label name \"bad-name\"");
  }
}
