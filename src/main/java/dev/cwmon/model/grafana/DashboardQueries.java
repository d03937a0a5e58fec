package dev.cwmon.model.grafana;

import dev.cwmon.model.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PromQL of every dashboard query, with the spec path it was written at, so that lint can
 * check dashboard queries like rule expressions. This is the hook for the PromQL checker:
 * {@code DashboardQueries.of(spec)} gives {@code (specPath, expr)} pairs.
 */
public final class DashboardQueries {
  private static final Pattern VARIABLE = Pattern.compile(
      "\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::[A-Za-z]+)?}|\\$([A-Za-z_][A-Za-z0-9_]*)");
  /**
   * Stand-ins for Grafana's own variables. {@code $__rate_interval} is at least four scrape
   * intervals by design, so it stands in as a window no rate check finds too short.
   */
  private static final Map<String, String> BUILT_IN = Map.of(
      "__rate_interval", "1h", "__interval", "1m", "__range", "1h",
      "__interval_ms", "60000", "__range_s", "3600", "__range_ms", "3600000");

  private DashboardQueries() {}

  /**
   * One Prometheus query of a panel.
   *
   * @param specPath where it was written, e.g. {@code dashboards[0].panels[2].targets[0].expr}
   * @param expr the query as written, Grafana variables included
   * @param promql the query with Grafana's time variables ({@code $__rate_interval}) and
   *     interval variables replaced by a duration, so that a PromQL parser can read it;
   *     other variables are left as written (inside label matchers they are plain text). A
   *     replacement keeps the variable's length where it can ({@code 000000000001m}), so
   *     that a column in {@code promql} is the same column in {@code expr}
   */
  public record Query(String specPath, String expr, String promql) {}

  public static List<Query> of(Spec spec) {
    List<Query> out = new ArrayList<>();
    for (int d = 0; d < spec.dashboards().size(); d++) {
      Dashboard dashboard = spec.dashboards().get(d);
      String path = "dashboards[" + d + "]";
      collect(spec, dashboard, dashboard.panels(), path + ".panels", out);
      for (int r = 0; r < dashboard.rows().size(); r++) {
        collect(spec, dashboard, dashboard.rows().get(r).panels(),
            path + ".rows[" + r + "].panels", out);
      }
    }
    return out;
  }

  private static void collect(Spec spec, Dashboard dashboard, List<Panel> panels, String path,
      List<Query> out) {
    for (int p = 0; p < panels.size(); p++) {
      DataSourceRefs.Ref ref =
          DataSourceRefs.ofPanel(spec.grafana(), dashboard, panels.get(p)).ref();
      if (ref == null || ref.type() != DataSource.Type.PROMETHEUS) {
        continue;
      }
      List<Target> targets = panels.get(p).targets();
      for (int t = 0; t < targets.size(); t++) {
        String expr = targets.get(t).expr();
        if (expr != null) {
          out.add(new Query(path + "[" + p + "].targets[" + t + "].expr", expr,
              substitute(expr, dashboard)));
        }
      }
    }
  }

  static String substitute(String expr, Dashboard dashboard) {
    Matcher m = VARIABLE.matcher(expr);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      String value = BUILT_IN.get(name);
      for (Variable v : dashboard.variables()) {
        if (v.name().equals(name) && v.type() == Variable.Type.INTERVAL && !v.values().isEmpty()) {
          value = v.values().get(0);
        }
      }
      String replacement = value == null ? m.group() : leadingZeros(value, m.group().length());
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@code 1m} as {@code 0001m}: the same duration or number, {@code length} long. */
  private static String leadingZeros(String value, int length) {
    boolean digit = !value.isEmpty() && Character.isDigit(value.charAt(0));
    return digit && value.length() < length ? "0".repeat(length - value.length()) + value
        : value;
  }

  /** Whether a Grafana variable is left in {@code promql}, in a string or outside one. */
  public static boolean hasVariable(String promql) {
    return VARIABLE.matcher(promql).find();
  }

  /**
   * Whether a variable stands where PromQL expects syntax rather than a string ({@code sum by
   * ($label)}), which no parser can read until Grafana replaces it.
   */
  public static boolean hasVariableOutsideStrings(String promql) {
    char quote = 0;
    for (int i = 0; i < promql.length(); i++) {
      char c = promql.charAt(i);
      if (quote != 0) {
        if (c == '\\' && quote != '`') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'' || c == '`') {
        quote = c;
      } else if (c == '$' && VARIABLE.matcher(promql).region(i, promql.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
