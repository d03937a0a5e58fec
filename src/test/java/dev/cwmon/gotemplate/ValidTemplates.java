package dev.cwmon.gotemplate;

import java.util.List;

/** Valid templates that exercise corners of the syntax, for cwmon and the real tools. */
final class ValidTemplates {
  private ValidTemplates() {}

  static final List<String> RULE =
      List.of(
          "{{ $value | }}",
          "{{- $value -}}",
          "{{-3}}",
          "a {{/* comment */}} b {{- /* trimmed */ -}} c",
          "{{ range $i, $e := $labels }}{{ $i }}={{ $e }}{{ if eq $i \"a\" }}{{ break }}"
              + "{{ end }}{{ continue }}{{ end }}",
          "{{ with $labels.cluster }}{{ . }}{{ else }}none{{ end }}",
          "{{ if gt $value 0.5 }}high{{ else if gt $value 0.2 }}mid{{ else }}low{{ end }}",
          "{{ $x := 1 }}{{ $x = 2 }}{{ $x }}",
          "{{ define \"t\" }}{{ . }}{{ end }}{{ template \"t\" $labels.instance }}",
          "{{ template \"later\" }}{{ define \"later\" }}y{{ end }}",
          "{{ block \"b\" . }}{{ .Labels.job }}{{ end }}",
          "{{ printf \"%q\\t\\x41\\u00e9\\U0001F600\\101\" \"x\" }}",
          "{{ `multi\nline` }}",
          "{{ 'a' }}{{ '\\n' }}{{ 0x1F }}{{ 1_000 }}{{ 0b101 }}{{ 0o17 }}{{ 1e3 }}{{ .5 }}"
              + "{{ 0x1p-2 }}{{ 2i }}{{ 1+2i }}",
          "{{ (index $labels \"instance\") | toUpper }}",
          "{{ $labels.instance | reReplaceAll \":.*\" \"\" }}",
          "{{ with query \"up\" }}{{ . | first | value | humanize }}{{ end }}",
          "{{ if\n  eq $labels.severity \"critical\"\n}}x{{ end }}",
          "{{ $ }}{{ $.Labels.job }}",
          "{{ .Labels.instance }}{{ .Value }}{{ .ExternalURL }}{{ .ExternalLabels.region }}",
          "{{ $externalURL }}{{ $externalLabels.region }}",
          "{{ \"43200\" | humanizeDuration }}",
          "{{ range $labels }}{{ . }}{{ end }}",
          "{{ true }}{{ false }}",
          "text with }} and { braces",
          "{{ if and (gt $value 1.0) (lt $value 5.0) }}mid{{ end }}",
          "{{ range $labels }}{{ else }}empty{{ end }}",
          "{{ if $x := $value }}{{ $x }}{{ else }}{{ $x }}{{ end }}",
          "{{ stripDomain \"a.example.com\" }}{{ toTime 0 }}{{ parseDuration \"1m\" }}");

  static final List<String> NOTIFICATION =
      List.of(
          "{{ range .Alerts }}{{ .Annotations.summary }}{{ end }}",
          "{{ if eq .Status \"firing\" }}warning{{ else }}good{{ end }}",
          "{{ range .Alerts.Firing }}{{ .Labels.alertname }} {{ .StartsAt.Format \"15:04\" }}"
              + "{{ end }}",
          "{{ .CommonLabels.SortedPairs }}{{ .GroupLabels.Names }}",
          "{{ template \"slack.default.title\" . }}",
          "{{ join \", \" (stringSlice \"a\" \"b\") }}",
          "{{ range .CommonLabels.SortedPairs }}{{ .Name }}={{ .Value }}{{ end }}",
          "{{ len .Alerts.Firing }} firing, {{ len .Alerts.Resolved }} resolved",
          "{{ range $i, $a := .Alerts }}{{ $a.Fingerprint }}{{ $a.GeneratorURL }}{{ end }}",
          "{{ .Receiver | toUpper }} {{ .ExternalURL }} {{ .CommonAnnotations.runbook }}",
          "{{ (.CommonLabels.Remove (stringSlice \"job\")).Values }}");
}
