package dev.cwmon.check;

import dev.cwmon.model.grafana.Dashboard;
import dev.cwmon.model.grafana.DataSource;
import dev.cwmon.model.grafana.DataSourceRefs;
import dev.cwmon.model.grafana.FieldSettings;
import dev.cwmon.model.grafana.GrafanaSpec;
import dev.cwmon.model.grafana.Panel;
import dev.cwmon.model.grafana.Target;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks of one dashboard's panels: options, data source, queries and field settings. */
final class PanelChecks {
  private final GrafanaSpec grafana;
  private final Dashboard dashboard;
  private final CheckContext ctx;

  PanelChecks(GrafanaSpec grafana, Dashboard dashboard, CheckContext ctx) {
    this.grafana = grafana;
    this.dashboard = dashboard;
    this.ctx = ctx;
  }

  void check(Panel panel, String path, String dashboardPath) {
    String title = "panel \"" + panel.title() + "\"";
    for (String key : panel.foreignOptionKeys()) {
      ctx.error("CW173", path + "." + key, key + " options on " + panel.type().pluginId()
          + " " + title, "write the options under " + panel.type().pluginId() + ":");
    }
    if (!panel.type().queriesData()) {
      if (panel.text() == null) {
        ctx.error("CW173", path, "text " + title + " has no content",
            "add text: {content: \"...\"}");
      }
      if (!panel.targets().isEmpty() || panel.datasource() != null) {
        ctx.error("CW173", path + ".targets", "text " + title + " takes no queries",
            "remove targets: and datasource:, or use another panel type");
      }
    } else {
      queries(panel, path, dashboardPath, title);
    }
    if (panel.thresholds() != null) {
      thresholds(panel.thresholds(), path + ".thresholds");
    }
    for (int i = 0; i < panel.overrides().size(); i++) {
      override(panel, panel.overrides().get(i), path + ".overrides[" + i + "]");
    }
  }

  private void queries(Panel panel, String path, String dashboardPath, String title) {
    DataSourceRefs.Result r = DataSourceRefs.ofPanel(grafana, dashboard, panel);
    if (r.ref() == null) {
      String at = panel.datasource() != null ? path + ".datasource"
          : dashboard.datasource() != null ? dashboardPath + ".datasource" : path;
      ctx.error("CW171", at, r.problem(), r.hint());
      return;
    }
    if (panel.targets().isEmpty()) {
      ctx.error("CW173", path, title + " has no queries", "add targets: with at least one expr");
    }
    boolean logs = r.ref().type() == DataSource.Type.ELASTICSEARCH;
    if (logs != (panel.type() == Panel.Type.LOGS)) {
      ctx.error("CW173", path + ".type", logs
          ? "not supported: " + panel.type().pluginId() + " " + title + " on Elasticsearch"
          : "logs " + title + " needs an Elasticsearch data source",
          logs ? "cwmon writes Elasticsearch queries for logs panels only"
              : "set datasource: to the uid of an Elasticsearch data source");
      return;
    }
    for (int i = 0; i < panel.targets().size(); i++) {
      Target t = panel.targets().get(i);
      String at = path + ".targets[" + i + "]";
      if (!logs && (t.expr() == null || t.expr().isBlank())) {
        ctx.error("CW173", at, "query " + (i + 1) + " of " + title + " has no expr",
            "write the PromQL as expr:");
      }
      if (!logs && t.query() != null) {
        ctx.error("CW173", at + ".query", "query: is for Elasticsearch", "use expr: for PromQL");
      }
      if (logs && (t.expr() != null || t.legendFormat() != null || t.format() != null
          || t.instant() != null)) {
        ctx.error("CW173", at, "Prometheus settings on an Elasticsearch query of " + title,
            "write the Lucene query as query:, without expr, legend_format, format, instant");
      }
    }
  }

  private void thresholds(FieldSettings.Thresholds t, String path) {
    if (t.steps().isEmpty()) {
      ctx.error("CW175", path + ".steps", "thresholds without steps",
          "give at least a base step, e.g. - {color: green}");
      return;
    }
    if (t.steps().get(0).value() != null) {
      ctx.error("CW175", path + ".steps[0].value", "the first threshold step has a value",
          "remove it: the base step starts at minus infinity (null in Grafana)");
    }
    Double previous = null;
    for (int i = 1; i < t.steps().size(); i++) {
      Double v = t.steps().get(i).value();
      String at = path + ".steps[" + i + "]";
      if (v == null) {
        ctx.error("CW175", at, "threshold step " + (i + 1) + " has no value",
            "give every step after the first a value:");
      } else if (previous != null && v <= previous) {
        ctx.error("CW175", at + ".value", "threshold " + v + " is not above " + previous,
            "list steps from low to high");
      }
      previous = v != null ? v : previous;
    }
  }

  private void override(Panel panel, FieldSettings.FieldOverride o, String path) {
    FieldSettings.Match m = o.match();
    int given = (m.refId() != null ? 1 : 0) + (m.fieldName() != null ? 1 : 0)
        + (m.regex() != null ? 1 : 0);
    if (given != 1) {
      ctx.error("CW175", path + ".match", "override matches by " + given + " criteria",
          "give exactly one of ref_id, field_name and regex");
    }
    if (m.refId() != null && !refIdExists(panel, m.refId())) {
      ctx.error("CW175", path + ".match.ref_id", "no query with refId \"" + m.refId()
          + "\" in panel \"" + panel.title() + "\"",
          "refIds are A, B, C... in the order of targets:");
    }
    if (m.regex() != null) {
      try {
        Pattern.compile(m.regex());
      } catch (PatternSyntaxException e) {
        ctx.error("CW175", path + ".match.regex", "bad regex \"" + m.regex() + "\"",
            e.getDescription());
      }
    }
    if (o.unit() == null && o.min() == null && o.max() == null && o.decimals() == null
        && o.displayName() == null && o.color() == null && o.axisPlacement() == null
        && o.axisLabel() == null && o.thresholds() == null) {
      ctx.error("CW175", path, "override changes nothing", "add a setting such as unit:");
    }
    if (o.thresholds() != null) {
      thresholds(o.thresholds(), path + ".thresholds");
    }
  }

  private static boolean refIdExists(Panel panel, String refId) {
    for (int i = 0; i < panel.targets().size(); i++) {
      if (refId(i).equals(refId)) {
        return true;
      }
    }
    return false;
  }

  static String refId(int index) {
    String id = String.valueOf((char) ('A' + index % 26));
    return index < 26 ? id : refId(index / 26 - 1) + id;
  }
}
