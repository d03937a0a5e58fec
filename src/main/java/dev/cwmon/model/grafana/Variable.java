package dev.cwmon.model.grafana;

import dev.cwmon.model.Doc;
import dev.cwmon.model.Required;
import java.util.List;

/** A templating variable, used in queries as {@code $name} or {@code ${name}}. */
public record Variable(
    @Required String name,
    @Required Type type,
    String label,
    String description,
    @Doc("query: the query; datasource: the plugin id; constant: the value") String query,
    @Doc("query variables: the data source uid or ${variable}") String datasource,
    @Doc("custom and interval variables: the choices, first is the default") List<String> values,
    Boolean multi,
    Boolean includeAll,
    String allValue,
    Refresh refresh,
    Sort sort,
    String regex,
    Hide hide) {
  public Variable {
    values = List.copyOf(values);
  }

  /** The variable kinds cwmon writes. */
  public enum Type {
    DATASOURCE, QUERY, CUSTOM, INTERVAL, CONSTANT
  }

  /** When a query variable reloads its values. */
  public enum Refresh {
    NEVER, ON_LOAD, ON_TIME_RANGE_CHANGE;

    public int grafanaValue() {
      return ordinal();
    }
  }

  /** How a query variable's values are sorted. */
  public enum Sort {
    NONE(0), ALPHABETICAL(1), ALPHABETICAL_DESC(2), NUMERICAL(3), NUMERICAL_DESC(4), NATURAL(7);

    private final int grafanaValue;

    Sort(int grafanaValue) {
      this.grafanaValue = grafanaValue;
    }

    public int grafanaValue() {
      return grafanaValue;
    }
  }

  /** What of the variable the dashboard shows. */
  public enum Hide {
    NONE, LABEL, VARIABLE;

    public int grafanaValue() {
      return ordinal();
    }
  }
}
