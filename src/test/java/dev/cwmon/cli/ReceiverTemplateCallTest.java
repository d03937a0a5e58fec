package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A receiver that calls a template nothing defines fails every notification it sends. */
class ReceiverTemplateCallTest {
  @TempDir Path tmp;

  private Path spec(String templates, String title) {
    return Cwmon.write(tmp.resolve("spec.yaml"), String.join("\n",
        "name: t",
        "alertmanager:",
        templates,
        "  route: {receiver: chat}",
        "  receivers:",
        "    - name: chat",
        "      slack_configs:",
        "        - api_url: {file: /etc/alertmanager/secrets/slack}",
        "          channel: '#alerts'",
        "          title: '" + title + "'",
        ""));
  }

  @Test
  void aCallOfAnUndefinedTemplateIsAnErrorAtItsColumn() {
    Path spec = spec("", "{{ template \"slack.cw.title\" . }}");

    Cwmon.Result r = Cwmon.run("lint", spec.toString());

    assertThat(r.exitCode()).as(r.out()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out()).contains(spec + ":10:31: error CW221: template \"slack.cw.title\" not "
        + "defined");
  }

  @Test
  void generateRefusesItAndWritesNothing() {
    Path spec = spec("", "{{ template \"slack.cw.title\" . }}");

    Cwmon.Result r = Cwmon.run("generate", spec.toString(), "-o", tmp.resolve("out").toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("CW221");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void alertmanagersOwnTemplatesAndTemplatesDefinedInTheTextAreFine() {
    Path spec = spec("", "{{ define \"t\" }}{{ .Status }}{{ end }}{{ template \"t\" . }} "
        + "{{ template \"slack.default.title\" . }}");

    Cwmon.Result r = Cwmon.run("lint", spec.toString());

    assertThat(r.out()).doesNotContain("CW221");
    assertThat(r.exitCode()).as(r.out()).isZero();
  }

  @Test
  void withTemplateFilesListedTheCallIsNotJudged() {
    Path spec = spec("  templates: [/etc/alertmanager/templates/*.tmpl]",
        "{{ template \"slack.cw.title\" . }}");

    Cwmon.Result r = Cwmon.run("lint", spec.toString());

    assertThat(r.out()).doesNotContain("CW221");
    assertThat(r.exitCode()).as(r.out()).isZero();
  }
}
