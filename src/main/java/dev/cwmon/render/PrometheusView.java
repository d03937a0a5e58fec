package dev.cwmon.render;

import dev.cwmon.model.Spec;
import dev.cwmon.model.prometheus.PrometheusSpec;
import dev.cwmon.model.rules.RuleFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The document tree of prometheus.yml. */
public final class PrometheusView {
  private PrometheusView() {}

  public static Map<String, Object> of(Spec spec) {
    PrometheusSpec p = spec.prometheus();
    Map<String, Object> doc = new LinkedHashMap<>();
    Tree.putIfPresent(doc, "global", Tree.of(p.global()));
    Tree.putIfPresent(doc, "alerting", Tree.of(p.alerting()));
    Tree.putIfPresent(doc, "rule_files", ruleFiles(spec));
    Tree.putIfPresent(doc, "scrape_configs", Tree.of(p.scrapeConfigs()));
    return doc;
  }

  /** rule_files is derived from the rule files cwmon writes, never written by hand. */
  static List<Object> ruleFiles(Spec spec) {
    return spec.rules().stream().map(RuleFile::file).map(f -> (Object) f).toList();
  }
}
