package dev.cwmon.gotemplate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The templates cwmon believes Alertmanager always defines, judged by amtool against the
 * default.tmpl and email.tmpl of Debian's Alertmanager package.
 */
class AlertmanagerDefaultTemplatesTest {
  private static final Path DEFAULTS = Path.of("/usr/share/prometheus/alertmanager");

  private static Tools.Run render(String text) {
    Tools.assumeInstalled("amtool", "prometheus-alertmanager");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(DEFAULTS),
        DEFAULTS + " is missing: Debian's prometheus-alertmanager installs it");
    return Tools.run(DEFAULTS, "amtool", "template", "render",
        "--template.glob=" + DEFAULTS + "/*.tmpl", "--template.text=" + text);
  }

  /**
   * Some defaults expect a list of alerts at dot rather than the notification and fail on it
   * when called with {@code .}; what matters here is only that amtool finds each name.
   */
  @Test
  void amtoolFindsEveryTemplateCwmonTakesAsBuiltIn() {
    List<String> failed = new ArrayList<>();
    for (String name : Dialect.ALERTMANAGER.builtinTemplates()) {
      Tools.Run run = render("{{ template \"" + name + "\" . }}");
      if (run.exitCode() != 0 && run.output().contains("not defined")) {
        failed.add(name + ": " + run.output().strip());
      }
    }

    assertThat(failed).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{{ template \"slack.cw.title\" . }}",
      "{{ define \"a\" }}x{{ end }}{{ template \"b\" . }}",
      "{{ if .Alerts }}{{ template \"slack.default.titl\" . }}{{ end }}"})
  void whatCwmonCallsUndefinedAmtoolCannotRender(String text) {
    List<TemplateProblem> undefined = GoTemplate.undefinedCalls(text, Dialect.ALERTMANAGER);

    assertThat(undefined).hasSize(1);
    Tools.Run run = render(text);
    assertThat(run.exitCode()).as(run.output()).isNotZero();
    assertThat(run.output()).contains(undefined.get(0).message())
        .contains(":" + undefined.get(0).line() + ":" + (undefined.get(0).column() - 1) + ":");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{{ template \"slack.default.title\" . }}",
      "{{ define \"mine\" }}{{ .Status }}{{ end }}{{ template \"mine\" . }}",
      "{{ template \"__subject\" . }} and {{ template \"email.default.subject\" . }}"})
  void whatCwmonAcceptsAmtoolRenders(String text) {
    assertThat(GoTemplate.undefinedCalls(text, Dialect.ALERTMANAGER)).isEmpty();
    Tools.Run run = render(text);
    assertThat(run.exitCode()).as(run.output()).isZero();
  }
}
