package dev.cwmon.model.grafana;

import dev.cwmon.model.Doc;
import dev.cwmon.model.PromDuration;
import dev.cwmon.model.Required;
import java.util.List;

/** One Grafana dashboard: its settings, variables, and panels in spec order. */
public record Dashboard(
    @Doc("stable id and file name; derived from the title when not given") String uid,
    @Required String title,
    String description,
    List<String> tags,
    @Doc("utc, browser, or a zone such as Europe/Berlin") String timezone,
    PromDuration refresh,
    TimeRange time,
    Boolean editable,
    @Doc("data source uid, or ${variable}, for panels that name none") String datasource,
    List<Link> links,
    BuiltinAnnotations annotations,
    List<Variable> variables,
    @Doc("panels above the first row") List<Panel> panels,
    List<Row> rows) {
  public Dashboard {
    tags = List.copyOf(tags);
    links = List.copyOf(links);
    variables = List.copyOf(variables);
    panels = List.copyOf(panels);
    rows = List.copyOf(rows);
  }

  /** The time range shown, {@code now-1h} to {@code now} unless given. */
  public record TimeRange(@Required String from, @Required String to) {}

  /** A link in the dashboard's header: to a URL, or to dashboards with given tags. */
  public record Link(
      @Required String title,
      LinkType type,
      String url,
      List<String> tags,
      Boolean asDropdown,
      Boolean includeVars,
      Boolean keepTime,
      Boolean targetBlank,
      String icon,
      String tooltip) {
    public Link {
      tags = List.copyOf(tags);
    }
  }

  /** What a link points at. */
  public enum LinkType {
    LINK, DASHBOARDS
  }

  /**
   * Grafana's built-in "Annotations &amp; Alerts" layer. Query annotations are not supported:
   * the dashboard types Grafana publishes have no place for their query.
   */
  public record BuiltinAnnotations(Boolean enable, Boolean hide, String iconColor) {}

  /** A collapsible row of panels. */
  public record Row(@Required String title, Boolean collapsed, List<Panel> panels) {
    public Row {
      panels = List.copyOf(panels);
    }
  }
}
