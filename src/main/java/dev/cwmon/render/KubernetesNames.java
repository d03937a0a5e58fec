package dev.cwmon.render;

import dev.cwmon.model.Spec;
import dev.cwmon.model.grafana.Dashboard;
import dev.cwmon.model.rules.RuleFile;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Kubernetes object each plain output becomes under {@code --format kubernetes}, and its
 * name. The check for names that collide and the manifests use the same rules.
 */
public final class KubernetesNames {
  /**
   * Outputs that become ConfigMaps: those whose path matches {@code path}, grouped into the
   * ConfigMap named {@code <spec>-<suffix>} ({@code $1} is the first group of the match).
   */
  public record ConfigMapRule(Pattern path, String suffix, Map<String, String> labels) {}

  public static final List<ConfigMapRule> CONFIG_MAPS = List.of(
      new ConfigMapRule(Pattern.compile("dashboards/([^/]+)\\.json"), "dashboard-$1",
          Map.of("grafana_dashboard", "1")),
      new ConfigMapRule(Pattern.compile("logstash\\.conf|logstash/[^/]+\\.conf"), "logstash",
          Map.of()));

  /**
   * The object an output goes into: {@code kind} and {@code name}, and the {@code group} of
   * outputs meant to share it. Two outputs of different groups that land in one object
   * collide: {@code A_b.yml} and {@code a-b.yml} both make the PrometheusRule {@code a-b}.
   */
  public record Placement(String kind, String name, String group, ConfigMapRule rule) {
    public boolean collidesWith(Placement other) {
      return kind.equals(other.kind) && name.equals(other.name) && !group.equals(other.group);
    }

    @Override
    public String toString() {
      return kind + " \"" + name + "\"";
    }
  }

  private KubernetesNames() {}

  /** The PrometheusRule of a rule file; the file itself is its group. */
  public static Placement ofRuleFile(String path) {
    return new Placement("PrometheusRule", dnsName(path.replaceAll("\\.ya?ml$", "")), path,
        null);
  }

  public static Placement of(RuleFile file) {
    return ofRuleFile(file.file());
  }

  public static Placement of(Spec spec, Dashboard dashboard) {
    return ofConfigMap(spec.name(), GrafanaOutputs.path(dashboard));
  }

  /** The ConfigMap of a Logstash pipeline, one of {@code count}. */
  public static Placement ofPipeline(Spec spec, String pipeline, int count) {
    return ofConfigMap(spec.name(), LoggingOutputs.path(pipeline, count));
  }

  /** The Secret that holds alertmanager.yml for the Alertmanager named after the spec. */
  public static Placement ofAlertmanagerYml(String specName) {
    return new Placement("Secret", "alertmanager-" + dnsName(specName), "alertmanager.yml",
        null);
  }

  /** The ConfigMap an output at {@code path} goes into, or null if it is none. */
  public static Placement ofConfigMap(String specName, String path) {
    for (ConfigMapRule rule : CONFIG_MAPS) {
      Matcher m = rule.path().matcher(path);
      if (m.matches()) {
        String group = m.replaceFirst(rule.suffix());
        return new Placement("ConfigMap", dnsName(dnsName(specName) + "-" + group), group,
            rule);
      }
    }
    return null;
  }

  /**
   * {@code text} as a DNS-1123 subdomain name: lowercase letters, digits, '-' and '.', at
   * most 253 characters, starting and ending with a letter or digit.
   */
  public static String dnsName(String text) {
    String name = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-")
        .replaceAll("^[^a-z0-9]+|[^a-z0-9]+$", "");
    if (name.length() > 253) {
      name = name.substring(0, 253).replaceAll("[^a-z0-9]+$", "");
    }
    return name.isEmpty() ? "cwmon" : name;
  }
}
