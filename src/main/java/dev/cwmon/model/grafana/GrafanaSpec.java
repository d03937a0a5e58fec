package dev.cwmon.model.grafana;

import dev.cwmon.model.Doc;
import java.util.List;

/** Grafana's side of the stack: the data sources dashboards query, and where they are read. */
public record GrafanaSpec(
    List<DataSource> datasources,
    @Doc("where Grafana finds the dashboards folder, e.g. /var/lib/grafana/dashboards")
        String dashboardsPath,
    @Doc("the Grafana folder the dashboards appear in") String folder) {
  public static final String DEFAULT_DASHBOARDS_PATH = "/var/lib/grafana/dashboards";

  public GrafanaSpec {
    datasources = List.copyOf(datasources);
  }

  public String dashboardsPathOrDefault() {
    return dashboardsPath == null ? DEFAULT_DASHBOARDS_PATH : dashboardsPath;
  }

  /** The data source marked {@code is_default}, or the only one; null when neither. */
  public DataSource defaultDataSource() {
    List<DataSource> marked =
        datasources.stream().filter(d -> Boolean.TRUE.equals(d.isDefault())).toList();
    if (marked.size() == 1) {
      return marked.get(0);
    }
    return marked.isEmpty() && datasources.size() == 1 ? datasources.get(0) : null;
  }

  public DataSource byUid(String uid) {
    return datasources.stream().filter(d -> d.uid().equals(uid)).findFirst().orElse(null);
  }
}
