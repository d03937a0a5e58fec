package dev.cwmon.check;

import dev.cwmon.model.Spec;
import dev.cwmon.model.grafana.DashboardQueries;
import dev.cwmon.model.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Every PromQL expression of a spec with its spec path: rule expressions, then the Prometheus
 * queries of dashboard panels.
 */
public final class Queries {
  private Queries() {}

  /**
   * One expression and where it is written; {@code rule} is null outside rule files.
   * {@code templated} is true for a dashboard query that holds a Grafana variable in a
   * string ({@code tenant_id=~"$tenant"}): its syntax is checked, but not its matchers
   * against the catalog, since the value is only known in Grafana.
   */
  public record Query(String path, String expr, Rule rule, boolean templated) {
    public Query(String path, String expr, Rule rule) {
      this(path, expr, rule, false);
    }
  }

  public static List<Query> of(Spec spec) {
    List<Query> out = new ArrayList<>();
    for (int f = 0; f < spec.rules().size(); f++) {
      var groups = spec.rules().get(f).groups();
      for (int g = 0; g < groups.size(); g++) {
        List<Rule> rules = groups.get(g).rules();
        for (int r = 0; r < rules.size(); r++) {
          String path = "rules[" + f + "].groups[" + g + "].rules[" + r + "].expr";
          out.add(new Query(path, rules.get(r).expr(), rules.get(r)));
        }
      }
    }
    for (DashboardQueries.Query q : DashboardQueries.of(spec)) {
      // A variable where PromQL wants syntax (sum by ($label)) cannot be parsed here.
      if (!DashboardQueries.hasVariableOutsideStrings(q.promql())) {
        out.add(new Query(q.specPath(), q.promql(), null,
            DashboardQueries.hasVariable(q.promql())));
      }
    }
    return out;
  }
}
