package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regexes in old-style matchers and PromQL are judged as RE2, and never crash cwmon. */
class RegexInputTest {
  @TempDir Path tmp;

  private static final String ALERTMANAGER = String.join("\n",
      "route:",
      "  receiver: team",
      "  routes:",
      "    - receiver: oncall",
      "      match_re: {service: \"^(foo|bar$\"}",
      "    - receiver: oncall",
      "      match: {\"bad-label\": x}",
      "    - receiver: oncall",
      "      matchers: ['service =~ \"(?P<n>foo)\"']",
      "inhibit_rules:",
      "  - source_match_re: {a: \"((\"}",
      "    target_matchers: [b=c]",
      "receivers: [{name: team}, {name: oncall}]",
      "");

  @Test
  void badOldStyleMatchersInAnAlertmanagerFileAreErrorsNotACrash() {
    Path file = Cwmon.write(tmp.resolve("alertmanager.yml"), ALERTMANAGER);

    Cwmon.Result r = Cwmon.run("lint", file.toString());

    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out())
        .contains(file + ":5:27: error CW105: bad regular expression \"^(foo|bar$\": missing "
            + "closing )")
        .contains("error CW105: bad label name \"bad-label\"")
        .contains(file + ":11:26: error CW105: bad regular expression \"((\"")
        .contains("3 errors");
  }

  @Test
  void inASpecTheyStopGenerateWithExitTwo() {
    Path spec = Cwmon.write(tmp.resolve("spec.yaml"), "name: t\nalertmanager:\n"
        + ALERTMANAGER.lines().map(l -> "  " + l).reduce((a, b) -> a + "\n" + b).orElseThrow()
        + "\n");

    Cwmon.Result r = Cwmon.run("generate", spec.toString(), "-o", tmp.resolve("out").toString());

    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains(spec + ":7:29: error CW105").doesNotContain("internal error");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void aPosixClassInAQueryMatchesTheCatalogsValuesAsPrometheusWould() {
    Path spec = Cwmon.write(tmp.resolve("spec.yaml"), String.join("\n",
        Cwmon.HTTP_CATALOG,
        "rules:",
        "  - file: t-rules.yml",
        "    groups:",
        "      - name: g",
        "        rules:",
        "          - record: status:rate5m",
        "            expr: sum(rate(http_requests_total{status=~\"[[:alpha:]]+\"}[5m]))",
        "          - record: digits:rate5m",
        "            expr: sum(rate(http_requests_total{status=~\"[[:digit:]]+\"}[5m]))",
        ""));

    Cwmon.Result r = Cwmon.run("lint", spec.toString());

    assertThat(r.out()).doesNotContain(":14:").contains(spec + ":16:").contains("CW303");
  }
}
