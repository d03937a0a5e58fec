package dev.cwmon.render.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in dashboards are diagnostics at the line and column where they were written. */
class DashboardCheckTest {
  @TempDir Path dir;

  private List<Diagnostic> check(String dashboards) {
    return GrafanaSpecs.check(dir, GrafanaSpecs.HEAD + dashboards);
  }

  private static String where(Diagnostic d) {
    return d.code() + " " + d.position().line() + ":" + d.position().column();
  }

  @Test
  void unsafeExplicitUidIsAnErrorAtTheUid() {
    for (String uid : List.of("../x", "/", "\"\"", "a/b", "\"x.json\"")) {
      List<Diagnostic> found = check("""
          dashboards:
            - title: Overview
              uid: %s
          """.formatted(uid));

      assertThat(found).as(uid).extracting(DashboardCheckTest::where)
          .containsExactly("CW170 8:10");
      assertThat(found.get(0).hint()).contains("letters, digits");
    }
  }

  @Test
  void aCustomValueThatGrafanaWouldSplitAtItsColonIsAnError() {
    List<Diagnostic> found = check("""
        dashboards:
          - title: Overview
            variables:
              - name: env
                type: custom
                values: [prod, "a : b", "c:d"]
        """);

    assertThat(found).extracting(DashboardCheckTest::where).containsExactly("CW174 11:24");
    assertThat(found.get(0).message()).contains("\"a : b\"", "text : value");
  }

  @Test
  void aCustomValueThatGrafanaWouldTrimOrJoinIsAnError() {
    List<Diagnostic> found = check("""
        dashboards:
          - title: Overview
            variables:
              - name: env
                type: custom
                values: ["- ", 'a\\', b, "c\\t:\\td"]
        """);

    assertThat(found).extracting(DashboardCheckTest::where)
        .containsExactly("CW174 11:18", "CW174 11:24", "CW174 11:33");
    assertThat(found.get(0).message()).contains("trims");
    assertThat(found.get(1).message()).contains("backslash");
    assertThat(found.get(2).message()).contains("text : value");
  }

  @Test
  void unsafeTitlesBecomeSafeUids() {
    List<String> paths = GrafanaSpecs.render(dir, GrafanaSpecs.HEAD + """
        dashboards:
          - {title: "../x"}
          - {title: "/"}
          - {title: "Ça va? Überblick"}
        """).stream().map(o -> o.path()).filter(p -> p.startsWith("dashboards/")).toList();

    assertThat(paths).containsExactly("dashboards/x.json", "dashboards/dashboard.json",
        "dashboards/ca-va-uberblick.json");
  }

  @Test
  void titlesWithTheSameSlugAreReportedAtTheSecondTitle() {
    List<Diagnostic> found = check("""
        dashboards:
          - title: Overview
          - title: "overview!"
        """);

    assertThat(found).extracting(DashboardCheckTest::where).containsExactly("CW170 8:12");
    assertThat(found.get(0).message()).contains("\"overview\"", "\"Overview\"");
  }

  @Test
  void overlappingGridPositionsAreReportedAtTheSecondPanel() {
    List<Diagnostic> found = check("""
        dashboards:
          - title: Overview
            panels:
              - title: First
                type: text
                text: {content: a}
                grid_pos: {x: 0, y: 0, w: 12, h: 8}
              - title: Second
                type: text
                text: {content: b}
                grid_pos: {x: 6, y: 4, w: 12, h: 8}
        """);

    assertThat(found).extracting(DashboardCheckTest::where).containsExactly("CW172 16:19");
    assertThat(found.get(0).message())
        .isEqualTo("panel \"Second\" at x=6 y=4 w=12 h=8 overlaps panel \"First\"");
    assertThat(found.get(0).path()).isEqualTo("dashboards[0].panels[1].grid_pos");
  }

  @Test
  void gridPositionOffTheGridIsAnError() {
    List<Diagnostic> found = check("""
        dashboards:
          - title: Overview
            panels:
              - title: Wide
                type: text
                text: {content: a}
                grid_pos: {x: 20, y: 0, w: 12, h: 8}
        """);

    assertThat(found).extracting(DashboardCheckTest::where).containsExactly("CW172 12:19");
  }

  @Test
  void undeclaredDataSourceUidIsReportedAtThePanelsDatasource() {
    List<Diagnostic> found = check("""
        dashboards:
          - title: Overview
            panels:
              - title: Requests
                type: timeseries
                datasource: prometheus-main
                targets: [{expr: up}]
        """);

    assertThat(found).extracting(DashboardCheckTest::where).containsExactly("CW171 11:21");
    assertThat(found.get(0).message()).isEqualTo("undeclared data source uid \"prometheus-main\"");
    assertThat(found.get(0).hint()).contains("prom, es");
  }

  @Test
  void undeclaredDataSourceVariableIsReportedAtTheDashboardsDatasource() {
    List<Diagnostic> found = check("""
        dashboards:
          - title: Overview
            datasource: ${ds}
            panels:
              - {title: Requests, type: timeseries, targets: [{expr: up}]}
        """);

    assertThat(found).extracting(DashboardCheckTest::where).containsExactly("CW171 8:17");
    assertThat(found.get(0).message()).contains("no data source variable \"ds\"");
  }

  @Test
  void firstThresholdStepWithAValueAndUnorderedStepsAreErrors() {
    List<Diagnostic> found = check("""
        dashboards:
          - title: Overview
            panels:
              - title: Up
                type: stat
                targets: [{expr: up}]
                thresholds:
                  steps:
                    - {color: green, value: 0}
                    - {color: red, value: 5}
                    - {color: blue, value: 2}
        """);

    assertThat(found).extracting(DashboardCheckTest::where)
        .containsExactly("CW175 14:37", "CW175 16:36");
  }

  @Test
  void optionsOfAnotherTypeAndOverridesOfMissingQueriesAreErrors() {
    List<Diagnostic> found = check("""
        dashboards:
          - title: Overview
            panels:
              - title: Up
                type: stat
                targets: [{expr: up}]
                timeseries: {fill_opacity: 10}
                overrides:
                  - match: {ref_id: B}
                    unit: s
        """);

    assertThat(found).extracting(Diagnostic::path).containsExactly(
        "dashboards[0].panels[0].timeseries", "dashboards[0].panels[0].overrides[0].match.ref_id");
  }

  @Test
  void promqlOnALogsPanelAndLogsOnPrometheusAreErrors() {
    List<Diagnostic> found = check("""
        dashboards:
          - title: Overview
            panels:
              - {title: Logs, type: logs, datasource: es, targets: [{expr: up}]}
              - {title: More, type: logs, targets: [{query: "level:ERROR"}]}
        """);

    assertThat(found).extracting(Diagnostic::path).containsExactly(
        "dashboards[0].panels[0].targets[0]", "dashboards[0].panels[1].type");
  }
}
