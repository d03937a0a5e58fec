package dev.cwmon.gotemplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class ValidTemplatesTest {
  static final List<String> RULE = ValidTemplates.RULE;
  static final List<String> NOTIFICATION = ValidTemplates.NOTIFICATION;

  @ParameterizedTest
  @FieldSource("RULE")
  void trickyRuleTemplateChecksClean(String text) {
    assertThat(GoTemplate.check(text, Dialect.PROMETHEUS_RULE)).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("NOTIFICATION")
  void trickyNotificationTemplateChecksClean(String text) {
    assertThat(GoTemplate.check(text, Dialect.ALERTMANAGER)).isEmpty();
  }

  @Test
  void trimMarkersRemoveSurroundingSpaceFromText() {
    ParsedTemplate parsed = GoTemplate.parse("a  {{- 1 -}}\n b", Dialect.PROMETHEUS_RULE);

    assertThat(parsed.root().nodes())
        .filteredOn(Node.TextNode.class::isInstance)
        .extracting(n -> ((Node.TextNode) n).text())
        .containsExactly("a", "b");
  }

  @Test
  void definitionsAreCollectedByName() {
    ParsedTemplate parsed = GoTemplate.parse(
        "{{ define \"a\" }}x{{ end }}{{ block \"b\" . }}y{{ end }}", Dialect.ALERTMANAGER);

    assertThat(parsed.definitions()).containsOnlyKeys("a", "b");
  }

  @Test
  void ruleLabelReferencesComeFromVariableFieldAndIndexForms() {
    String text = "{{ $labels.instance }} {{ .Labels.job }} {{ index $labels \"pod\" }}\n"
        + "{{ with $labels.cluster -}} {{ . }} {{- end }} {{ $externalLabels.region }}";

    List<LabelReference> refs = GoTemplate.labelReferences(text, Dialect.PROMETHEUS_RULE);

    assertThat(refs).extracting(LabelReference::name)
        .containsExactly("instance", "job", "pod", "cluster");
    assertThat(refs.get(0)).isEqualTo(new LabelReference("instance", 11, 1, 12));
    assertThat(refs.get(2)).isEqualTo(new LabelReference("pod", 59, 1, 60));
    assertThat(refs.get(3).line()).isEqualTo(2);
  }

  @Test
  void notificationLabelReferencesSkipKvMethods() {
    String text = "{{ .CommonLabels.alertname }}{{ range .Alerts }}{{ .Labels.severity }}"
        + "{{ .Annotations.summary }}{{ end }}{{ .CommonLabels.SortedPairs }}";

    assertThat(GoTemplate.labelReferences(text, Dialect.ALERTMANAGER))
        .extracting(LabelReference::name)
        .containsExactly("alertname", "severity");
  }

  @Test
  void labelReferencesInsideDefinitionsAreUnknownAndSkipped() {
    String text = "{{ define \"d\" }}{{ .Labels.x }}{{ end }}{{ template \"d\" . }}";

    assertThat(GoTemplate.labelReferences(text, Dialect.PROMETHEUS_RULE)).isEmpty();
  }

  @Test
  void functionTablesFollowTheReleasesCwmonTargets() {
    assertThat(Dialect.PROMETHEUS_RULE.functions())
        .contains("humanizePercentage", "toTime", "stripDomain", "parseDuration", "printf")
        .doesNotContain("toDuration", "now", "trimSpace", "join");
    assertThat(Dialect.ALERTMANAGER.functions())
        .contains("join", "stringSlice", "safeHtml", "urlquery")
        .doesNotContain("trimSpace", "humanize", "date", "tz", "since");
    assertThat(Dialect.PROMETHEUS_RULE.variables())
        .containsExactlyInAnyOrder("$", "$labels", "$externalLabels", "$externalURL", "$value");
  }
}
