package dev.cwmon.hardening;

import static dev.cwmon.hardening.Generated.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random valid dashboards with adversarial strings in titles, descriptions, PromQL string
 * literals, legend formats and variable values: the dashboard JSON, read with Jackson, holds
 * exactly the values of the spec, custom variables as Grafana splits their query, and the
 * dashboard's ConfigMap of --format kubernetes holds the JSON file as written. A custom value
 * Grafana would read back changed, and a blank constant, are refused with CW174.
 */
class DashboardRoundTripProperties {
  /** JavaScript's {@code \s}, which Grafana's custom variable parsing uses. */
  private static final String JS_SPACE =
      "\\t\\n\\u000b\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
  private static final Pattern TEXT_VALUE = Pattern.compile(
      "^[" + JS_SPACE + "]*([^\\n\\r\\u2028\\u2029]+)[" + JS_SPACE + "]:[" + JS_SPACE
          + "]([^\\n\\r\\u2028\\u2029]+)$");
  private static final Pattern EDGES =
      Pattern.compile("^[" + JS_SPACE + "]+|[" + JS_SPACE + "]+$");

  @Provide
  Arbitrary<List<String>> values() {
    return Nasty.strings().list().ofSize(9);
  }

  @Provide
  Arbitrary<List<String>> choices() {
    return Nasty.distinct(1, 4);
  }

  @Property(tries = 40)
  void dashboardJsonReadsBackAsTheSpec(@ForAll("values") List<String> v,
      @ForAll("choices") List<String> choices) {
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("expr", "up{job=" + Nasty.goQuoted(v.get(3)) + "}");
    target.put("legend_format", v.get(4));
    Map<String, Object> panel = new LinkedHashMap<>();
    panel.put("title", v.get(1));
    panel.put("type", "timeseries");
    panel.put("description", v.get(2));
    panel.put("targets", List.of(target));
    Map<String, Object> dashboard = new LinkedHashMap<>();
    dashboard.put("uid", "props");
    dashboard.put("title", v.get(0));
    dashboard.put("description", v.get(5));
    dashboard.put("variables", List.of(
        Map.of("name", "choice", "type", "custom", "values", choices),
        Map.of("name", "fixed", "type", "constant", "query", v.get(6))));
    dashboard.put("panels", List.of(panel));
    dashboard.put("rows", List.of(Map.of("title", v.get(7), "panels", List.of(panel))));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("name", "props");
    spec.put("grafana", Map.of("datasources", List.of(Map.of("name", "Prometheus",
        "type", "prometheus", "uid", "prom", "url", "http://p:9090", "is_default", true))));
    spec.put("dashboards", List.of(dashboard));

    Generated out = Generated.run(spec);

    String query = String.join(",", choices.stream().map(c -> c.replace(",", "\\,")).toList());
    boolean grafanaChanges = !grafanaOptions(query).equals(choices);
    Statistics.label("refused as changed by grafana").collect(grafanaChanges);
    if (grafanaChanges || v.get(6).isBlank()) {
      assertThat(out.codes()).as("refused").containsExactly("CW174");
      return;
    }
    assertThat(out.errorLines()).as("valid spec refused").isEmpty();
    Map<String, Object> json = out.json("dashboards/props.json");
    assertThat(json.get("title")).isEqualTo(v.get(0));
    assertThat(json.get("description")).isEqualTo(v.get(5));
    Object readPanel = at(json, "panels", 0);
    Object row = at(json, "panels", 1);
    assertThat(at(row, "type")).isEqualTo("row");
    assertThat(at(row, "title")).isEqualTo(v.get(7));
    for (Object p : List.of(readPanel, at(json, "panels", 2))) {
      assertThat(at(p, "title")).isEqualTo(v.get(1));
      assertThat(at(p, "description")).isEqualTo(v.get(2));
      assertThat(at(p, "targets", 0, "expr")).isEqualTo(target.get("expr"));
      assertThat(at(p, "targets", 0, "legendFormat")).isEqualTo(v.get(4));
    }
    Object custom = at(json, "templating", "list", 0);
    assertThat(grafanaOptions((String) at(custom, "query"))).isEqualTo(choices);
    assertThat(at(custom, "current", "value")).isEqualTo(choices.get(0));
    for (int i = 0; i < choices.size(); i++) {
      assertThat(at(custom, "options", i, "value")).isEqualTo(choices.get(i));
      assertThat(at(custom, "options", i, "text")).isEqualTo(choices.get(i));
    }
    assertThat(at(json, "templating", "list", 1, "query")).isEqualTo(v.get(6));
    Object configMap = out.kubernetesDocs("configmaps.yaml").stream()
        .filter(d -> ((Map<?, ?>) d.get("data")).containsKey("props.json"))
        .findFirst().orElseThrow();
    assertThat(at(configMap, "data", "props.json")).isEqualTo(out.text("dashboards/props.json"));
  }

  /**
   * The option values Grafana reads from a custom variable's query: items split at commas
   * not after a backslash (its {@code /(?:\\,|[^,])+/g}), {@code \,} read as a comma,
   * {@code text : value} read as its value, and every value trimmed of JavaScript white space.
   */
  static List<String> grafanaOptions(String query) {
    List<String> out = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    for (int i = 0; i <= query.length(); i++) {
      if (i < query.length() && query.startsWith("\\,", i)) {
        item.append(',');
        i++;
      } else if (i < query.length() && query.charAt(i) != ',') {
        item.append(query.charAt(i));
      } else if (item.length() > 0) {
        Matcher pair = TEXT_VALUE.matcher(item);
        out.add(trim(pair.matches() ? pair.group(2) : item.toString()));
        item.setLength(0);
      }
    }
    return out;
  }

  private static String trim(String s) {
    return EDGES.matcher(s).replaceAll("");
  }
}
