package dev.cwmon.model.grafana;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves what a panel, query or variable names as its data source: the uid of a data source
 * declared under {@code grafana.datasources}, or {@code ${name}} (or {@code $name}) of a
 * data source variable of the dashboard.
 */
public final class DataSourceRefs {
  private static final Pattern VARIABLE =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");

  private DataSourceRefs() {}

  /** A resolved reference: Grafana's {@code {type, uid}}. */
  public record Ref(DataSource.Type type, String uid) {}

  /** A reference, or why there is none. */
  public record Result(Ref ref, String problem, String hint) {
    static Result ok(Ref ref) {
      return new Result(ref, null, null);
    }

    static Result fail(String problem, String hint) {
      return new Result(null, problem, hint);
    }
  }

  /**
   * The data source of a panel: its own, else the dashboard's, else the spec's default one.
   */
  public static Result ofPanel(GrafanaSpec grafana, Dashboard dashboard, Panel panel) {
    String name = panel.datasource() != null ? panel.datasource() : dashboard.datasource();
    if (name == null) {
      DataSource fallback = grafana == null ? null : grafana.defaultDataSource();
      return fallback != null ? Result.ok(new Ref(fallback.type(), fallback.uid()))
          : Result.fail("panel \"" + panel.title() + "\" has no data source",
              "set datasource: on the panel or the dashboard, or mark one data source "
                  + "is_default: true");
    }
    return resolve(grafana, dashboard, name);
  }

  public static Result resolve(GrafanaSpec grafana, Dashboard dashboard, String name) {
    Matcher m = VARIABLE.matcher(name);
    if (m.matches()) {
      String variable = m.group(1) != null ? m.group(1) : m.group(2);
      for (Variable v : dashboard.variables()) {
        if (v.name().equals(variable) && v.type() == Variable.Type.DATASOURCE) {
          DataSource.Type type = pluginOf(v);
          return type == null
              ? Result.fail("data source variable \"" + variable + "\" has no known plugin",
                  "give the variable query: prometheus or query: elasticsearch")
              : Result.ok(new Ref(type, "${" + variable + "}"));
        }
      }
      return Result.fail("no data source variable \"" + variable + "\" in dashboard \""
          + dashboard.title() + "\"", "declare it under variables: with type: datasource");
    }
    List<DataSource> declared = grafana == null ? List.of() : grafana.datasources();
    for (DataSource d : declared) {
      if (d.uid().equals(name)) {
        return Result.ok(new Ref(d.type(), d.uid()));
      }
    }
    String known = declared.isEmpty() ? "none are declared"
        : "declared: " + String.join(", ", declared.stream().map(DataSource::uid).toList());
    return Result.fail("undeclared data source uid \"" + name + "\"",
        "declare it under grafana.datasources, or use a declared uid (" + known + ")");
  }

  /** The plugin a data source variable lists, or null when cwmon does not know it. */
  public static DataSource.Type pluginOf(Variable variable) {
    for (DataSource.Type t : DataSource.Type.values()) {
      if (t.pluginId().equals(variable.query())) {
        return t;
      }
    }
    return null;
  }
}
