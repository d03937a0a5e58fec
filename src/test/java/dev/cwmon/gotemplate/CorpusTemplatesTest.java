package dev.cwmon.gotemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CorpusTemplatesTest {
  /**
   * Alertmanager added {@code routeLabels} after 0.25 (amtool 0.25.0 rejects it), and route
   * {@code labels} themselves are newer than 0.25; the upstream example uses both.
   */
  private static final String NEWER_THAN_0_25 = "alertmanager__doc__examples__route_labels.yml";

  @Test
  void everyAlertingRuleAnnotationAndLabelInTheCorpusChecksClean() throws IOException {
    Path rules = corpus().resolve("rules");
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Path file : Corpus.files(rules)) {
      for (Object document : Corpus.yamlDocuments(file)) {
        for (Map<?, ?> rule : alertingRules(document)) {
          for (String key : List.of("annotations", "labels")) {
            if (rule.get(key) instanceof Map<?, ?> values) {
              for (Map.Entry<?, ?> entry : values.entrySet()) {
                String text = String.valueOf(entry.getValue());
                checked++;
                String where = file.getFileName() + " " + rule.get("alert") + " " + entry.getKey();
                GoTemplate.check(text, Dialect.PROMETHEUS_RULE)
                    .forEach(p -> failures.add(where + ": " + p));
              }
            }
          }
        }
      }
    }

    assertThat(failures).isEmpty();
    assertThat(checked).isGreaterThan(1500);
  }

  @Test
  void everyTemplateInTheAlertmanagerCorpusChecksCleanButNewerFunctions() throws IOException {
    Path dir = corpus().resolve("alertmanager");
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Path file : Corpus.files(dir)) {
      List<Map.Entry<String, String>> strings = new ArrayList<>();
      for (Object document : Corpus.yamlDocuments(file)) {
        Corpus.strings(document, "", strings);
      }
      for (Map.Entry<String, String> s : strings) {
        if (s.getValue().contains("{{")) {
          checked++;
          GoTemplate.check(s.getValue(), Dialect.ALERTMANAGER).forEach(p -> failures.add(
              file.getFileName() + " " + s.getKey() + ": " + p.message()));
        }
      }
    }

    assertThat(failures).containsExactly(NEWER_THAN_0_25
        + " .route.labels.description: function \"routeLabels\" not defined");
    assertThat(checked).isGreaterThanOrEqualTo(7);
  }

  @Test
  void codeWeaverGuideTemplatesCheckClean() throws IOException {
    Path seed = corpus().getParent().resolve("seed").resolve("000_a4a2fa2f189a1b42.txt");
    assumeTrue(Files.isRegularFile(seed), "no seed guide at " + seed);
    String guide = Files.readString(seed);

    assertThat(guide).contains("{{ $value | humanizePercentage }}");
    for (String text : List.of(
        "{{ $value | humanizePercentage }}",
        "CodeWeaver error rate is {{ $value | humanizePercentage }} for {{ $labels.instance }}")) {
      assertThat(GoTemplate.check(text, Dialect.PROMETHEUS_RULE)).isEmpty();
    }
    Matcher quoted = Pattern.compile("(?m)^\\s+(title|text|description|subject|color): '(.*)'$")
        .matcher(guide);
    int receiverFields = 0;
    while (quoted.find()) {
      receiverFields++;
      assertThat(GoTemplate.check(quoted.group(2), Dialect.ALERTMANAGER))
          .as(quoted.group(2))
          .isEmpty();
    }
    assertThat(receiverFields).isGreaterThanOrEqualTo(3);
    assertThat(GoTemplate.check(
            "{{ if eq .Status \"firing\" }}warning{{ else }}good{{ end }}", Dialect.ALERTMANAGER))
        .isEmpty();
  }

  private static Path corpus() {
    Path root = Corpus.root().orElse(null);
    assumeTrue(root != null, "no shared/corpus above " + Path.of("").toAbsolutePath());
    return root;
  }

  private static List<Map<?, ?>> alertingRules(Object document) {
    List<Map<?, ?>> rules = new ArrayList<>();
    if (document instanceof Map<?, ?> top && top.get("groups") instanceof List<?> groups) {
      for (Object group : groups) {
        if (group instanceof Map<?, ?> g && g.get("rules") instanceof List<?> list) {
          for (Object rule : list) {
            if (rule instanceof Map<?, ?> r && r.containsKey("alert")) {
              rules.add(r);
            }
          }
        }
      }
    }
    return rules;
  }
}
