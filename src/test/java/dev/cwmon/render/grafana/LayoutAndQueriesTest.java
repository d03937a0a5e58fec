package dev.cwmon.render.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.diag.Diagnostics;
import dev.cwmon.load.LoadLimits;
import dev.cwmon.model.Spec;
import dev.cwmon.model.grafana.DashboardQueries;
import dev.cwmon.model.grafana.Layout;
import dev.cwmon.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Automatic placement on the grid, and the dashboard queries handed to lint. */
class LayoutAndQueriesTest {
  @TempDir Path dir;

  private Spec spec(String dashboards) throws Exception {
    Path file = dir.resolve("cwmon.yaml");
    Files.writeString(file, GrafanaSpecs.HEAD + dashboards);
    Pipeline.Checked checked = new Pipeline(LoadLimits.DEFAULT, null).check(file,
        new Diagnostics());
    assertThat(checked.spec()).isNotNull();
    return checked.spec();
  }

  @Test
  void panelsFlowLeftToRightAndRowsStartBelowEverythingAbove() throws Exception {
    Spec spec = spec("""
        dashboards:
          - title: Overview
            panels:
              - {title: a, type: stat, targets: [{expr: up}]}
              - {title: b, type: timeseries, targets: [{expr: up}]}
              - {title: c, type: stat, targets: [{expr: up}]}
              - {title: d, type: stat, width: 18, targets: [{expr: up}]}
              - {title: e, type: text, text: {content: x}, grid_pos: {x: 18, y: 8, w: 6, h: 2}}
            rows:
              - title: More
                panels:
                  - {title: f, type: timeseries, width: 24, height: 5, targets: [{expr: up}]}
        """);

    Layout.Plan plan = Layout.of(spec.dashboards().get(0));

    assertThat(plan.problems()).isEmpty();
    assertThat(plan.panels()).containsExactly(new Layout.Box(0, 0, 6, 4),
        new Layout.Box(6, 0, 12, 8), new Layout.Box(18, 0, 6, 4),
        new Layout.Box(0, 8, 18, 4), new Layout.Box(18, 8, 6, 2));
    assertThat(plan.rowLines()).containsExactly(12);
    assertThat(plan.rowPanels().get(0)).containsExactly(new Layout.Box(0, 13, 24, 5));
  }

  @Test
  void dashboardQueriesNameTheirSpecPathAndReadAsPromql() throws Exception {
    Spec spec = spec("""
        dashboards:
          - title: Overview
            variables:
              - {name: window, type: interval, values: [5m, 1h]}
            panels:
              - {title: Notes, type: text, text: {content: x}}
              - {title: Logs, type: logs, datasource: es, targets: [{query: "level:ERROR"}]}
            rows:
              - title: Rates
                panels:
                  - title: Requests
                    type: timeseries
                    targets:
                      - expr: sum(rate(a{t=~"$tenant"}[$__rate_interval]))
                      - expr: rate(b[$window])
        """);

    List<DashboardQueries.Query> queries = DashboardQueries.of(spec);

    assertThat(queries).containsExactly(
        new DashboardQueries.Query("dashboards[0].rows[0].panels[0].targets[0].expr",
            "sum(rate(a{t=~\"$tenant\"}[$__rate_interval]))",
            "sum(rate(a{t=~\"$tenant\"}[000000000000001h]))"),
        new DashboardQueries.Query("dashboards[0].rows[0].panels[0].targets[1].expr",
            "rate(b[$window])", "rate(b[000005m])"));
  }
}
