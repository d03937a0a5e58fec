package dev.cwmon.check.semantic;

import static dev.cwmon.check.semantic.SpecWithRules.alert;
import static dev.cwmon.check.semantic.SpecWithRules.record;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog-aware query checks, on the CodeWeaver example with its rules replaced. */
class CatalogLintTest {
  @TempDir Path dir;

  private String lint(String rules) {
    Cwmon.Result r = Cwmon.run("lint", SpecWithRules.write(dir, rules, null).toString());
    return r.out();
  }

  @Test
  void exampleSpecHasNoFindings() {
    Cwmon.Result r = Cwmon.run("lint", Cwmon.example("codeweaver").toString());
    assertThat(r.out()).contains("0 errors, 0 warnings").doesNotContain("CW3", "CW202");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void guideStatusRegexThatNoValueMatchesIsReportedAtTheMatcher() {
    String out = lint(alert("A", "rate(codeweaver_requests_total{status=~\"5..\"}[5m]) > 0",
        null));
    assertThat(out).containsPattern(":\\d+:51: error CW303: no value of status matches "
        + "status=~\"5..\"").contains("one of error, success");
  }

  @Test
  void guideCounterComparedWithZeroIsAWarning() {
    String out = lint(alert("A", "codeweaver_vector_operations_total{status=\"error\"} > 0",
        null));
    assertThat(out).contains("warning CW304: counter codeweaver_vector_operations_total is used"
        + " without rate()");
  }

  @Test
  void counterInsideRateOrAbsentIsNotReported() {
    String out = lint(alert("A", "rate(codeweaver_errors_total[5m]) > 0", null)
        + alert("B", "absent(codeweaver_errors_total)", null)
        + alert("C", "count(codeweaver_errors_total) > 3", null));
    assertThat(out).doesNotContain("CW304");
  }

  @Test
  void misspeltMetricIsReportedWithTheNearestName() {
    String out = lint(alert("A", "rate(codeweaver_request_total[5m]) > 1", null));
    assertThat(out).contains("error CW301: unknown metric codeweaver_request_total")
        .contains("did you mean \"codeweaver_requests_total\"?");
  }

  @Test
  void metricsOfJobsWithoutCatalogAreNotReported() {
    String out = lint(alert("A", "rate(node_cpu_seconds_total{mode=\"idle\"}[5m]) < 0.1", null)
        + alert("B", "up{job=\"qdrant\"} == 0", null));
    assertThat(out).doesNotContain("CW301", "CW302", "CW303");
  }

  @Test
  void histogramOwnNameHasNoSeries() {
    String out = lint(alert("A", "codeweaver_request_duration_seconds > 1", null));
    assertThat(out).contains("histogram codeweaver_request_duration_seconds has no series");
  }

  @Test
  void unknownLabelsInMatcherAndByAreReportedWithSuggestions() {
    String out = lint(alert("A", "sum by (tenant) (rate(codeweaver_requests_total"
        + "{tenat_id=\"a\"}[5m])) > 1", null));
    assertThat(out).contains("error CW302: label \"tenant\" in by() is not on the aggregated")
        .contains("error CW302: unknown label \"tenat_id\" of codeweaver_requests_total")
        .contains("did you mean \"tenant_id\"?");
  }

  @Test
  void onLabelMissingFromOneSideIsReported() {
    String out = lint(alert("A", "codeweaver_memory_usage_bytes / on (tenant_id) "
        + "codeweaver_active_connections > 1", null));
    assertThat(out).contains("label \"tenant_id\" in on() is not on the left side");
  }

  @Test
  void histogramQuantileWithoutLeOrOverRawBucketsIsReported() {
    String out = lint(alert("A", "histogram_quantile(0.9, sum by (instance) (rate("
        + "codeweaver_request_duration_seconds_bucket[5m]))) > 1", null)
        + alert("B", "histogram_quantile(0.9, codeweaver_request_duration_seconds_bucket) > 1",
            null)
        + alert("C", "histogram_quantile(0.9, sum by (le) (rate("
            + "codeweaver_request_duration_seconds_sum[5m]))) > 1", null)
        + alert("D", "histogram_quantile(0.9, sum by (le) (rate("
            + "codeweaver_request_duration_seconds_bucket[5m]))) > 1", null));
    assertThat(out).contains("histogram_quantile input has lost the le label")
        .contains("over the raw bucket counters of codeweaver_request_duration_seconds_bucket")
        .contains("over codeweaver_request_duration_seconds_sum, which is not a histogram's")
        .containsOnlyOnce("CW305: histogram_quantile input");
    assertThat(out.lines().filter(l -> l.contains("CW305") && l.contains("rules[3]")))
        .as("the correct query D").isEmpty();
  }

  @Test
  void rateWindowIsComparedWithTheMetricsJobInterval() {
    String out = lint(alert("A", "rate(codeweaver_requests_total[15s]) > 1", null)
        + alert("B", "rate(codeweaver_requests_total[20s]) > 1", null)
        + alert("C", "rate(qdrant_requests_total{job=\"qdrant\"}[45s]) > 1", null));
    assertThat(out).contains("rate() window 15s is shorter than two scrapes (job codeweaver is"
        + " scraped every 10s)").contains("window 45s is shorter than two scrapes (job qdrant"
        + " is scraped every 30s)").doesNotContain("window 20s");
  }

  @Test
  void annotationLabelThatTheExpressionDropsIsReportedAtTheReference() {
    String out = lint(alert("A", "sum(rate(codeweaver_requests_total[5m])) > 1",
        "on {{ $labels.instance }}")
        + alert("B", "sum by (instance) (rate(codeweaver_requests_total[5m])) > 1",
            "on {{ $labels.instance }}"));
    assertThat(out).containsPattern(":\\d+:43: warning CW202: \\$labels.instance is empty: "
        + "alert A's").containsOnlyOnce("CW202");
  }

  @Test
  void recordingRulesAreKnownMetricsWithTheLabelsOfTheirExpression() {
    String out = lint(record("instance:codeweaver_requests:rate5m",
        "sum by (instance) (rate(codeweaver_requests_total[5m]))")
        + alert("A", "instance:codeweaver_requests:rate5m > 1",
            "{{ $labels.instance }} {{ $labels.tenant_id }}")
        + alert("B", "instance:codeweaver_request:rate5m > 1", null));
    assertThat(out).contains("$labels.tenant_id is empty").doesNotContain("$labels.instance")
        .contains("did you mean \"instance:codeweaver_requests:rate5m\"?")
        .containsOnlyOnce("CW301");
  }

  @Test
  void labelReplaceAndGroupLeftAddLabels() {
    String out = lint(alert("A", "label_replace(sum(codeweaver_active_connections), \"x\", "
        + "\"y\", \"\", \"\") > 1", "{{ $labels.x }}")
        + alert("B", "codeweaver_memory_usage_bytes * on (instance) group_left (version) "
            + "codeweaver_service_info > 1", "{{ $labels.version }}"));
    assertThat(out).doesNotContain("CW202", "CW302");
  }
}
