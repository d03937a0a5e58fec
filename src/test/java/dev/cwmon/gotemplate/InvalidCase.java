package dev.cwmon.gotemplate;

import static dev.cwmon.gotemplate.Dialect.ALERTMANAGER;
import static dev.cwmon.gotemplate.Dialect.PROMETHEUS_RULE;

import java.util.List;

/**
 * An invalid template with the one problem cwmon must report. {@code parseError} says Go's
 * parser rejects it too, so promtool must fail with the same message; otherwise only
 * execution would fail and promtool, which only parses, accepts it.
 */
record InvalidCase(Dialect dialect, String text, String position, String message,
    boolean parseError) {

  private static InvalidCase rule(String text, String position, String message) {
    return new InvalidCase(PROMETHEUS_RULE, text, position, message, true);
  }

  private static InvalidCase ruleRuntime(String text, String position, String message) {
    return new InvalidCase(PROMETHEUS_RULE, text, position, message, false);
  }

  private static InvalidCase notification(String text, String position, String message) {
    return new InvalidCase(ALERTMANAGER, text, position, message, false);
  }

  @Override
  public String toString() {
    return dialect + " " + text.replace("\n", "\\n");
  }

  static final List<InvalidCase> ALL =
      List.of(
          rule("{{ end }}", "1:1", "unexpected {{end}}"),
          rule("x {{ else }}", "1:3", "unexpected {{else}}"),
          rule("{{ if $value }}high", "1:1", "unexpected EOF"),
          rule("{{ range $labels }}x{{ else }}y", "1:1", "unexpected EOF"),
          rule("{{ $value ", "1:1", "unclosed action"),
          rule("a {{ $value }} {{ .Value", "1:16", "unclosed action"),
          rule("{{ $value | humanizePercentag }}", "1:13",
              "function \"humanizePercentag\" not defined"),
          rule("{{ $lables.instance }}", "1:4", "undefined variable \"$lables\""),
          rule("{{ toDuration 5 }}", "1:4", "function \"toDuration\" not defined"),
          rule("{{ trimSpace \"x\" }}", "1:4", "function \"trimSpace\" not defined"),
          rule("{{ if }}{{ end }}", "1:1", "missing value for if"),
          rule("{{ }}", "1:1", "missing value for command"),
          rule("{{ range }}{{ end }}", "1:1", "missing value for range"),
          rule("{{ with }}{{ end }}", "1:1", "missing value for with"),
          rule("{{ $value | 2 }}", "1:13", "non executable command in pipeline stage 2"),
          rule("{{ break }}", "1:4", "{{break}} outside {{range}}"),
          rule("{{ continue }}", "1:4", "{{continue}} outside {{range}}"),
          rule("{{ range $labels }}{{ else }}{{ break }}{{ end }}", "1:33",
              "{{break}} outside {{range}}"),
          rule("{{ \"unterminated }}", "1:4", "unterminated quoted string"),
          rule("{{ `raw }}", "1:4", "unterminated raw quoted string"),
          rule("{{ 'a }}", "1:4", "unterminated character constant"),
          rule("{{ 'ab' }}", "1:4", "malformed character constant: 'ab'"),
          rule("{{ \"\\q\" }}", "1:4", "invalid syntax"),
          rule("{{ 1e400 }}", "1:4", "illegal number syntax: \"1e400\""),
          rule("{{ 089 }}", "1:4", "integer overflow: \"089\""),
          rule("{{ 3x }}", "1:4", "bad number syntax: \"3x\""),
          rule("{{ $labels.foo-bar }}", "1:15", "bad character U+002D '-'"),
          rule("{{ /* c */ }}", "1:4", "unexpected \"/\" in command"),
          rule("{{/* c */ x }}", "1:1", "comment ends before closing delimiter"),
          rule("{{/* c }}", "1:1", "unclosed comment"),
          rule("{{ (humanize $value }}", "1:21", "unclosed left paren"),
          rule("{{ humanize $value) }}", "1:19", "unexpected \")\" in command"),
          rule("{{ $v := }}", "1:1", "missing value for command"),
          rule("{{ $a, $b := $labels }}", "1:6", "too many declarations in command"),
          rule("{{ range $a, 1 }}{{ end }}", "1:12", "range can only initialize variables"),
          rule("{{ \"x\".y }}", "1:7", "unexpected . after term \"\\\"x\\\"\""),
          rule("{{ if true }}{{ else }}{{ else }}{{ end }}", "1:24",
              "expected end; found {{else}}"),
          rule("{{ with $labels }}{{ else if true }}{{ end }}", "1:27",
              "unexpected <if> in input"),
          rule("{{ define \"a\" }}{{ $labels.x }}{{ end }}", "1:20",
              "undefined variable \"$labels\""),
          rule("{{ define \"a\" }}x{{ end }}{{ define \"a\" }}y{{ end }}", "1:37",
              "multiple definition of template \"a\""),
          rule("{{ template $x }}", "1:13", "unexpected \"$x\" in template clause"),
          rule("{{ block \"b\" }}{{ end }}", "1:1", "missing value for block clause"),
          rule("{{ define x }}{{ end }}", "1:11", "unexpected \"x\" in define clause"),
          rule("{{ if true }}{{ define \"a\" }}{{ end }}{{ end }}", "1:17",
              "unexpected <define> in command"),
          rule("{{ $value : 1 }}", "1:11", "expected :="),
          rule("{{ 1 == 1 }}", "1:6", "unexpected \"=\" in operand"),
          rule("{{ printf \"%d\" \u2192 }}", "1:16",
              "unrecognized character in action: U+2192 '\u2192'"),
          rule("{{ end x }}", "1:8", "unexpected \"x\" in end"),
          rule("line one\n{{ if $labels.x }}\n  {{ $value | humanizePercentag }}\n{{ end }}",
              "3:15", "function \"humanizePercentag\" not defined"),
          rule("{{ printf \"%s\" \"a very long string\" | 3.5 }}", "1:39",
              "non executable command in pipeline stage 2"),
          rule("{{ if true }}{{ end }}{{ end }}", "1:23", "unexpected {{end}}"),
          ruleRuntime("{{ .Lables.instance }}", "1:4",
              "can't evaluate field Lables in type rule template data"),
          ruleRuntime("{{ $value.x }}", "1:10", "can't evaluate field x in type float64"),
          ruleRuntime("{{ $x = 1 }}", "1:4", "undefined variable \"$x\""),
          ruleRuntime("{{ template \"missing\" . }}", "1:13", "template \"missing\" not defined"),
          ruleRuntime("{{ $externalURL.Host }}", "1:16",
              "can't evaluate field Host in type string"),
          notification("{{ range .Alerts }}{{ .Lables.x }}{{ end }}", "1:23",
              "can't evaluate field Lables in type template.Alert"),
          notification("{{ .CommonLabels.alertname | trimSpace }}", "1:30",
              "function \"trimSpace\" not defined"),
          notification("{{ .Alerts.Firng }}", "1:11",
              "can't evaluate field Firng in type template.Alerts"),
          notification("{{ humanize 1 }}", "1:4", "function \"humanize\" not defined"),
          notification("{{ $labels.x }}", "1:4", "undefined variable \"$labels\""),
          notification("{{ .Receiver.Name }}", "1:13", "can't evaluate field Name in type string"),
          notification("{{ if eq .Status \"firing\" }}warning{{ else }}good", "1:1",
              "unexpected EOF"));
}
