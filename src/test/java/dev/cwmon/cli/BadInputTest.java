package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spec with mistakes: every error at once, at its line and column, and nothing written. */
class BadInputTest {
  private static final String SPEC = "src/test/resources/specs/many-errors.yaml";

  @TempDir Path tmp;

  @Test
  void everyErrorIsReportedAtItsPositionWithAHint() {
    Cwmon.Result r = Cwmon.run("generate", SPEC, "-o", tmp.resolve("out").toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err())
        .contains(SPEC + ":4:5: error CW102: unknown key \"scrape_intervall\" in "
            + "prometheus.global (at prometheus.global.scrape_intervall)")
        .contains("hint: did you mean \"scrape_interval\"?")
        .contains(SPEC + ":5:26: error CW105: bad duration \"soon\"")
        .contains(SPEC + ":7:7: error CW104: missing required key \"job_name\"")
        .contains(SPEC + ":10:24: error CW105: scrape_interval must be a duration such as 30s "
            + "or 1h30m, not a list (at prometheus.scrape_configs[1].scrape_interval)")
        .contains("cwmon: the spec has errors; nothing was written")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void routeToUndefinedReceiverNamesTheRoutePath() throws IOException {
    Path spec = tmp.resolve("am.yaml");
    Files.writeString(spec, String.join("\n",
        "name: x",
        "alertmanager:",
        "  route:",
        "    receiver: team",
        "    routes:",
        "      - routes:",
        "          - receiver: teem",
        "  receivers:",
        "    - name: team",
        ""));
    Cwmon.Result r = Cwmon.run("generate", spec.toString(), "-o", tmp.resolve("o").toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains(spec + ":7:23: error CW401: route to undefined receiver "
        + "\"teem\" (at alertmanager.route.routes[0].routes[0].receiver)")
        .contains("hint: did you mean \"team\"?");
  }

  @Test
  void nothingIsWrittenWhenTheSpecHasErrors() {
    Path out = tmp.resolve("out");
    Cwmon.run("generate", SPEC, "-o", out.toString());
    assertThat(out).doesNotExist();
  }

  @Test
  void literalSecretIsAnErrorThatNeverShowsTheValue() throws IOException {
    Path spec = tmp.resolve("secret.yaml");
    Files.writeString(spec, String.join("\n",
        "name: x",
        "alertmanager:",
        "  global:",
        "    smtp_auth_password: hunter2-very-secret",
        "  route: {receiver: r}",
        "  receivers: [{name: r}]",
        ""));
    Cwmon.Result r = Cwmon.run("lint", spec.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out()).contains(spec + ":4:25: error CW110: literal secret in "
        + "alertmanager.global.smtp_auth_password (value not shown)");
    assertThat(r.out() + r.err()).doesNotContain("hunter2");
  }

  @Test
  void invalidYamlIsReportedAtItsPosition() throws IOException {
    Path spec = tmp.resolve("tabs.yaml");
    Files.writeString(spec, "name: x\nprometheus:\n\tglobal: {}\n");
    Cwmon.Result r = Cwmon.run("generate", spec.toString(), "-o", tmp.resolve("o").toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains(spec + ":3:1: error CW101: invalid YAML")
        .doesNotContain("Exception");
  }

  @Test
  void missingSpecIsUnusableInput() {
    Cwmon.Result r = Cwmon.run("generate", tmp.resolve("nope").toString(), "-o",
        tmp.resolve("o").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("error CW100: spec not found");
  }

  @Test
  void aMissingSpecIsNamedWithoutAMadeUpPosition() {
    Path missing = tmp.resolve("nope.yaml");
    Cwmon.Result r = Cwmon.run("lint", missing.toString());
    assertThat(r.out()).startsWith(missing + ": error CW100: spec not found")
        .doesNotContain(":0:0");
  }

  @Test
  void invalidUtf8IsReportedAtTheFirstBadByte() throws IOException {
    Path spec = tmp.resolve("latin1.yaml");
    Files.write(spec, new byte[] {'n', 'a', 'm', 'e', ':', ' ', 'x', '\n', '#', ' ', 'c', 'a',
        'f', (byte) 0xc3, (byte) 0xa9, ' ', (byte) 0xe9, '\n'});
    Cwmon.Result r = Cwmon.run("lint", spec.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).contains(spec + ":2:8: error CW101: file is not valid UTF-8");
  }

  @Test
  void lintSaysWhichFilesItCannotReadOnTheirOwn() throws IOException {
    Path dashboard = Cwmon.write(tmp.resolve("board.json"), "{\"panels\": []}\n");
    Path pipeline = Cwmon.write(tmp.resolve("main.conf"), "input { stdin {} }\n");
    Path spec = Cwmon.write(tmp.resolve("a.yaml"), "name: a\n");
    Path other = Cwmon.write(tmp.resolve("b.yaml"), "name: b\ncatalog: {metrics: []}\n");

    Cwmon.Result files = Cwmon.run("lint", dashboard.toString(), pipeline.toString());
    Cwmon.Result specs = Cwmon.run("lint", spec.toString(), other.toString());

    assertThat(files.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(files.out()).contains(dashboard + ":1:1: error CW100", "not a Grafana dashboard")
        .contains(pipeline + ":1:1: error CW100", "not a Logstash pipeline");
    assertThat(specs.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(specs.out()).contains(other + ":1:1: error CW100: a cwmon spec among files")
        .doesNotContain("--catalog");
  }

  @Test
  void generateRefusesToWriteIntoTheSpecFolder() throws IOException {
    Path spec = Files.copy(Path.of("examples/codeweaver/cwmon.yaml"),
        Files.createDirectories(tmp.resolve("spec")).resolve("cwmon.yaml"));

    Cwmon.Result folder = Cwmon.run("generate", spec.getParent().toString(), "-o",
        spec.getParent().toString());
    Cwmon.Result file = Cwmon.run("generate", spec.toString(), "-o", spec.getParent().toString());

    assertThat(folder.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(file.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(folder.err()).contains("holds the spec", "-o out");
    try (var files = Files.list(spec.getParent())) {
      assertThat(files).containsExactly(spec);
    }
  }

  @Test
  void anEmptyPrometheusSectionGeneratesAConfigOfDefaults() throws IOException {
    // Found by SpecMutationProperties: the empty prometheus.yml did not "read back" as {}.
    Path spec = Cwmon.write(tmp.resolve("spec.yaml"), "name: x\nprometheus:\n  global:\n");

    Cwmon.Result r = Cwmon.run("generate", spec.toString(), "-o", tmp.resolve("out").toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    String config = Cwmon.read(tmp.resolve("out/prometheus.yml"));
    assertThat(config).startsWith("# Generated by cwmon");
    assertThat(config.lines().filter(l -> !l.startsWith("#") && !l.isBlank())).isEmpty();
  }
}
