package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.diag.SecretText;
import dev.cwmon.testing.Cwmon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Secrets, file names that leave the output folder, and YAML bombs, end to end. */
class HostileSpecTest {
  @TempDir Path tmp;

  private Path spec(String yaml) throws IOException {
    return Files.writeString(tmp.resolve("spec.yaml"), yaml);
  }

  private static String ruleSpec(String file, String label, String annotation) {
    return "name: x\nrules:\n  - file: " + file + "\n    groups:\n      - name: g\n"
        + "        rules:\n          - alert: A\n            expr: vector(1)\n"
        + "            labels: {l: " + label + "}\n"
        + "            annotations: {summary: " + annotation + "}\n";
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://admin:hunter2pass@grafana.example.com/x",
      "https://hooks.slack.com/services/T000HUNTER2/B0000000/XXXXXXXXXXXXXXXXXXXXXXXX",
      "Bearer hunter2tokenvalue", "http://api.example.com/notify?token=hunter2abc",
      "https://events.pagerduty.com/integration/hunter2hunter2hunter2hunter20000/enqueue",
      "xoxb-123456789012-hunter2hunter2", "AKIAHUNTER2HUNTER2XX"})
  void aSecretInALabelOrAnnotationIsAnErrorThatNeverEchoesIt(String secret) throws IOException {
    Path spec = spec(ruleSpec("r.yml", "'" + secret + "'", "'see " + secret + "'"));
    Path out = tmp.resolve("out");

    Cwmon.Result gen = Cwmon.run("generate", spec.toString(), "-o", out.toString());
    Cwmon.Result json = Cwmon.run("lint", spec.toString(), "--format", "json");
    Cwmon.Result text = Cwmon.run("lint", spec.toString());

    assertThat(gen.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(gen.err()).contains(spec + ":9:25: error CW110: literal secret in "
        + "rules[0].groups[0].rules[0].labels.l (value not shown)")
        .contains("rules[0].groups[0].rules[0].annotations.summary");
    assertThat(json.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(json.out()).contains("\"code\" : \"CW110\"");
    assertThat(out).doesNotExist();
    for (String channel : new String[] {gen.out(), gen.err(), json.out(), json.err(),
        text.out(), text.err()}) {
      assertThat(channel).doesNotContain("hunter2");
    }
  }

  @Test
  void aLiteralUnderAKeyNamedLikeASecretIsAnError() throws IOException {
    Path spec = spec(ruleSpec("r.yml", "x", "y").replace("{l: x}", "{api_key: abc123}"));
    Cwmon.Result r = Cwmon.run("lint", spec.toString());
    assertThat(r.out()).contains("error CW110: literal secret in "
        + "rules[0].groups[0].rules[0].labels.api_key").doesNotContain("abc123");
  }

  @ParameterizedTest
  @ValueSource(strings = {"'{{ $labels.token }}'", "'${SLACK_TOKEN}'",
      "'https://user:${PASSWORD}@host/x'", "'Bearer {{ .CommonLabels.x }}'",
      "'the token expired'", "'password reset rate is high'"})
  void referencesAndPlainWordsAreNotSecrets(String value) throws IOException {
    Cwmon.Result r = Cwmon.run("lint", spec(ruleSpec("r.yml", "x", value)).toString());
    assertThat(r.out()).doesNotContain("CW110");
  }

  @Test
  void theCodeWeaverExampleHasNoSecretFindings() {
    Cwmon.Result r = Cwmon.run("lint", Cwmon.example("codeweaver").toString());
    assertThat(r.out()).doesNotContain("CW110");
  }

  @Test
  void redactionBlanksOnlyTheSecretPart() {
    assertThat(SecretText.redact("bad target \"https://bob:pw1234@h:9/x\""))
        .isEqualTo("bad target \"https://bob:<redacted>@h:9/x\"");
    assertThat(SecretText.redact("https://bob:${PW}@h")).isEqualTo("https://bob:${PW}@h");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../x.yml", "/etc/x.yml", "a/../../b.yml", "'..'", "sub/r.yml",
      ".hidden.yml", "'a\\\\b.yml'", "'\\u0000.yml'", "'x\\ny.yml'"})
  void aRuleFileNameThatIsNotAPlainNameIsASpecErrorAndNothingIsWritten(String name)
      throws IOException {
    Path spec = spec(ruleSpec(name.startsWith("'") ? name.replace('\'', '"') : name, "x", "y"));
    Path out = tmp.resolve("deep/out");

    Cwmon.Result r = Cwmon.run("generate", spec.toString(), "-o", out.toString());

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains(spec + ":3:11: error CW130:").doesNotContain("Exception");
    try (Stream<Path> all = Files.walk(tmp)) {
      assertThat(all.map(p -> tmp.relativize(p).toString())).containsOnly("", "spec.yaml");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"aliases", "depth", "size", "scalar"})
  void yamlBombsAreRefusedQuicklyWithAClearError(String kind) throws IOException {
    String yaml = switch (kind) {
      case "aliases" -> billionLaughs();
      case "depth" -> "name: x\nprometheus: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
      case "size" -> "name: x\n" + "# padding\n".repeat(1_000_000);
      default -> "name: '" + "x".repeat(9 * 1024 * 1024) + "'\n";
    };
    Path spec = spec(yaml);
    long start = System.nanoTime();
    Cwmon.Result r = Cwmon.run("generate", spec.toString(), "-o", tmp.resolve("o").toString());
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("YAML bomb %s refused in %d ms%n", kind, millis);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains(spec + ":").contains("error CW101")
        .containsAnyOf("--max-aliases", "aliases", "nesting", "larger than")
        .doesNotContain("Exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "name: x\nalertmanager:\n  route: &r {receiver: d, routes: [*r]}\n"
          + "  receivers: [{name: d}]\n",
      "name: x\nrules: &all\n  - file: r.yml\n    groups: *all\n",
      "name: &n [*n]\n"})
  void anAliasInsideItsOwnAnchorIsRefusedNotAStackOverflow(String yaml) throws IOException {
    Path spec = spec(yaml);

    Cwmon.Result r = Cwmon.run("generate", spec.toString(), "-o", tmp.resolve("o").toString());

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains(spec + ":").contains("error CW101: anchor &")
        .contains("contains an alias to itself").doesNotContain("internal error");
    assertThat(tmp.resolve("o")).doesNotExist();
  }

  @Test
  void limitsCanBeRaisedFromTheCommandLine() throws IOException {
    String anchors = "name: x\nrules:\n  - file: r.yml\n    groups: &g []\n"
        + "  - file: s.yml\n    groups: *g\n";
    Path spec = spec(anchors);
    assertThat(Cwmon.run("lint", spec.toString(), "--max-aliases", "0").out())
        .contains("CW101");
    assertThat(Cwmon.run("lint", spec.toString(), "--max-aliases", "1").exitCode()).isZero();
  }

  @Test
  void fewAliasesThatMultiplyIntoAMillionRoutesAreRefused() throws IOException {
    // 60 aliases, far under --max-aliases: each level of routes holds ten of the one below.
    StringBuilder s = new StringBuilder("name: x\nalertmanager:\n  receivers: [{name: d}]\n"
        + "  route:\n    receiver: d\n    routes:\n      - &r0 {receiver: d}\n");
    for (int i = 1; i < 7; i++) {
      s.append("      - &r").append(i).append(" {receiver: d, routes: [")
          .append(String.join(", ", java.util.Collections.nCopies(10, "*r" + (i - 1))))
          .append("]}\n");
    }
    Path spec = spec(s.toString());

    Cwmon.Result r = Cwmon.run("lint", spec.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).contains(spec + ":13:9: error CW101: aliases of anchor &r6 expand the"
        + " file by more than 100000 nodes");
  }

  @Test
  void aliasesAsRuleFilesUseThemAreAccepted() throws IOException {
    // 150 alerts sharing one label set: promtool accepts it.
    StringBuilder s = new StringBuilder("groups:\n- name: g\n  rules:\n");
    for (int i = 0; i < 150; i++) {
      s.append("  - alert: A").append(i).append("\n    expr: up == 0\n    labels: ")
          .append(i == 0 ? "&l {severity: page, team: search}" : "*l").append('\n');
    }
    Path rules = Files.writeString(tmp.resolve("rules.yml"), s.toString());

    Cwmon.Result r = Cwmon.run("lint", rules.toString());

    assertThat(r.out()).doesNotContain("CW101").contains("0 errors");
  }

  private static String billionLaughs() {
    StringBuilder s = new StringBuilder("name: x\nbomb:\n  a0: &a0 [lol, lol, lol]\n");
    for (int i = 1; i < 30; i++) {
      s.append("  a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        s.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      s.append("]\n");
    }
    return s.toString();
  }
}
