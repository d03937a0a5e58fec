package dev.cwmon.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.diag.Diagnostic;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.load.LoadLimits;
import dev.cwmon.model.alertmanager.Route;
import dev.cwmon.model.grafana.Dashboard;
import dev.cwmon.pipeline.Pipeline;
import dev.cwmon.routing.RoutingTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model every stage after binding sees: SLO rules, runbooks, the incident route and the SLO
 * dashboard are in it, and diagnostics on them point at the SLO or playbook they came from.
 */
class ResolvedSpecTest {
  private static final String SPEC = """
      name: shop
      catalog:
        metrics:
          - {name: http_requests_total, type: counter, labels: [job, code]}
      rules:
        - file: shop-rules.yml
          groups:
            - name: shop
              rules:
                - alert: ShopDown
                  expr: up{job="shop"} == 0
                  labels: {severity: critical}
      alertmanager:
        route:
          receiver: default
          routes:
            - receiver: pager
              matchers: ['severity="critical"']
            - receiver: pager
              matchers: ['severity="critical"', 'team="x"']
        receivers:
          - name: default
          - name: pager
          - name: incident
      slos:
        - name: shop-availability
          objective: 0.999
          period: 30d
          indicator:
            ratio:
              errors: %s{job="shop", code="500"}
              total: http_requests_total{job="shop"}
      playbooks:
        receiver: incident
        alerts:
          ShopDown: {runbook_url: "https://wiki/shop-down", actions: [restart_instance]}
      """;
  private static final int SLO_LINE = 26;

  @TempDir Path dir;
  private final Diagnostics diagnostics = new Diagnostics();

  private Pipeline.Checked check(String yaml) throws Exception {
    Path spec = dir.resolve("cwmon.yaml");
    Files.writeString(spec, yaml);
    return new Pipeline(LoadLimits.DEFAULT, null).check(spec, diagnostics);
  }

  private List<Diagnostic> withCode(String code) {
    return diagnostics.sorted().stream().filter(d -> d.code().equals(code)).toList();
  }

  @Test
  void lintChecksTheGeneratedSloRulesAndReportsAtTheSlo() throws Exception {
    check(SPEC.formatted("http_request_total"));

    List<Diagnostic> unknown = withCode("CW301");
    assertThat(unknown).hasSize(1);
    assertThat(unknown.get(0).path()).isEqualTo("slos[0]");
    assertThat(unknown.get(0).position().line()).isEqualTo(SLO_LINE);
    assertThat(unknown.get(0).message()).contains("http_request_total");
  }

  @Test
  void routingLintSeesTheSloAlertsAndReportsThemAtTheirSlo() throws Exception {
    check(SPEC.formatted("http_requests_total"));

    List<Diagnostic> fallThrough = withCode("CW411");
    assertThat(fallThrough).isNotEmpty().allSatisfy(d -> {
      assertThat(d.path()).isEqualTo("slos[0]");
      assertThat(d.position().line()).isEqualTo(SLO_LINE);
      assertThat(d.message()).contains("ShopAvailabilityBudgetBurn", "severity=\"warning\"");
    });
  }

  @Test
  void aRouteAfterTheGeneratedIncidentRouteKeepsItsSpecPathAndLine() throws Exception {
    check(SPEC.formatted("http_requests_total"));

    List<Diagnostic> shadowed = withCode("CW410");
    assertThat(shadowed).hasSize(1);
    assertThat(shadowed.get(0).path()).isEqualTo("alertmanager.route.routes[1]");
    assertThat(shadowed.get(0).position().line()).isEqualTo(19);
    assertThat(shadowed.get(0).message()).contains("route alertmanager.route.routes[1] is "
        + "never reached: alertmanager.route.routes[0] before it");
  }

  @Test
  void theModelHoldsTheIncidentRouteFirstTheSloRulesAndTheRunbook() throws Exception {
    Pipeline.Checked checked = check(SPEC.formatted("http_requests_total"));

    Route incident = checked.spec().alertmanager().route().routes().get(0);
    assertThat(incident.receiver()).isEqualTo("incident");
    assertThat(incident.continues()).isTrue();
    RoutingTree tree = RoutingTree.of(checked.spec().alertmanager().route(),
        checked.sourceMap()::specPath);
    assertThat(tree.nodes()).extracting(n -> n.path()).containsExactly("alertmanager.route",
        "playbooks", "alertmanager.route.routes[0]", "alertmanager.route.routes[1]");
    assertThat(checked.spec().rules()).extracting(f -> f.file())
        .containsExactly("shop-rules.yml", "shop-slo-rules.yml");
    assertThat(checked.spec().rules().get(0).groups().get(0).rules().get(0).annotations())
        .containsEntry("runbook_url", "https://wiki/shop-down");
  }

  @Test
  void theSloDashboardHasARowPerSloOnThePrometheusDataSource() throws Exception {
    Pipeline.Checked checked = check(SPEC.formatted("http_requests_total") + """
        grafana:
          datasources:
            - {name: Logs, type: elasticsearch, uid: es, url: "http://e:9200", index: "l-*",
               is_default: true}
            - {name: Metrics, type: prometheus, uid: metrics, url: "http://p:9090"}
        """);

    assertThat(withCode("CW195")).isEmpty();
    Dashboard slos = checked.spec().dashboards().get(0);
    assertThat(slos.uid()).isEqualTo("shop-slos");
    assertThat(slos.datasource()).isEqualTo("metrics");
    assertThat(slos.rows()).extracting(Dashboard.Row::title)
        .containsExactly("shop-availability: 99.9% over 30d");
    assertThat(slos.rows().get(0).panels()).extracting(p -> p.title())
        .containsExactly("Error budget left", "Burn rate", "Error ratio");
    assertThat(slos.rows().get(0).panels().get(1).targets()).extracting(t -> t.expr())
        .contains("slo:shop_availability:error_ratio_rate1h / 0.001");
  }

  @Test
  void withoutAPrometheusDataSourceTheSloDashboardIsSkippedWithAWarning() throws Exception {
    Pipeline.Checked checked = check(SPEC.formatted("http_requests_total") + """
        grafana:
          datasources:
            - {name: Logs, type: elasticsearch, uid: es, url: "http://e:9200", index: "l-*"}
        """);

    assertThat(checked.spec()).isNotNull();
    assertThat(checked.spec().dashboards()).isEmpty();
    assertThat(withCode("CW195")).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("grafana.datasources");
      assertThat(d.message()).contains("shop-slos", "no prometheus data source");
    });
  }

  @Test
  void aSpecWithoutGrafanaGetsNoSloDashboardAndNoWarning() throws Exception {
    Pipeline.Checked checked = check(SPEC.formatted("http_requests_total"));

    assertThat(checked.spec().dashboards()).isEmpty();
    assertThat(withCode("CW195")).isEmpty();
  }

  @Test
  void anSloWithErrorsIsNotExpandedAndItsAlertStillCountsForPlaybooks() throws Exception {
    String spec = SPEC.formatted("http_requests_total").replace("objective: 0.999",
        "objective: 99.9") + "    ShopAvailabilityBudgetBurn: {actions: [escalate]}\n";
    Pipeline.Checked checked = check(spec);

    assertThat(checked.spec()).isNull();
    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).contains("CW191")
        .doesNotContain("CW190", "CW301", "CW411");
  }

  @Test
  void aSilenceNamingAnSloAlertSilencesWhatIsReportedAtItsSlo() throws Exception {
    check(SPEC.formatted("http_requests_total") + """
        lint:
          silence:
            - {code: CW411, alert: ShopAvailabilityBudgetBurn, reason: tickets go by mail}
        """);

    assertThat(withCode("CW411")).isNotEmpty().allMatch(Diagnostic::isSilenced);
    assertThat(withCode("CW108")).isEmpty();
  }
}
