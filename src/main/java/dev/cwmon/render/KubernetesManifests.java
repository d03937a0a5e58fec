package dev.cwmon.render;

import dev.cwmon.model.Spec;
import dev.cwmon.model.kubernetes.KubernetesSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain outputs as Kubernetes manifests, one object per file under {@code kubernetes/}:
 * a PrometheusRule per rule file, the Alertmanager configuration as the Secret the Prometheus
 * Operator reads, and ConfigMaps for the outputs that {@link #CONFIG_MAPS} matches by path.
 */
public final class KubernetesManifests {
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

  static final String DIR = "kubernetes/";
  private static final String MANAGED_BY = "app.kubernetes.io/managed-by";

  private final Renderer renderer;
  private final String source;

  public KubernetesManifests(Renderer renderer, String source) {
    this.renderer = renderer;
    this.source = Generator.headerSource(source);
  }

  /** The manifests for {@code outputs}, the plain files rendered from {@code spec}. */
  public List<Output> of(Spec spec, List<Output> outputs) {
    List<Output> manifests = new ArrayList<>();
    String base = dnsName(spec.name());
    Map<String, ConfigMapParts> configMaps = new LinkedHashMap<>();
    for (Output output : outputs) {
      if (isRuleFile(output)) {
        manifests.add(prometheusRule(spec, output));
      } else if (output.path().equals("alertmanager.yml")) {
        manifests.add(secret(spec, "alertmanager-" + base, "alertmanager.yaml", output.text()));
      } else {
        for (ConfigMapRule rule : CONFIG_MAPS) {
          Matcher m = rule.path().matcher(output.path());
          if (m.matches()) {
            String name = dnsName(base + "-" + m.replaceFirst(rule.suffix()));
            configMaps.computeIfAbsent(name, n -> new ConfigMapParts(rule, new LinkedHashMap<>()))
                .data().put(dataKey(output.path()), output.text());
            break;
          }
        }
      }
    }
    configMaps.forEach((name, parts) -> manifests.add(configMap(spec, name, parts)));
    return manifests;
  }

  private record ConfigMapParts(ConfigMapRule rule, Map<String, Object> data) {}

  private static boolean isRuleFile(Output output) {
    return output.format() == Output.Format.YAML && output.tree() instanceof Map<?, ?> tree
        && tree.keySet().equals(Set.of("groups"));
  }

  private Output prometheusRule(Spec spec, Output rules) {
    String name = dnsName(rules.path().replaceAll("\\.ya?ml$", ""));
    Map<String, Object> doc = header("monitoring.coreos.com/v1", "PrometheusRule",
        metadata(spec.kubernetes(), name, Map.of()));
    doc.put("spec", Map.of("groups", ((Map<?, ?>) rules.tree()).get("groups")));
    return render("prometheusrule-" + name, "kubernetes-prometheusrule.yaml.ftl", doc);
  }

  private Output secret(Spec spec, String name, String key, String text) {
    Map<String, Object> doc = header("v1", "Secret", metadata(spec.kubernetes(), name, Map.of()));
    doc.put("type", "Opaque");
    doc.put("stringData", Map.of(key, text));
    return render("secret-" + name, "kubernetes.yaml.ftl", doc);
  }

  private Output configMap(Spec spec, String name, ConfigMapParts parts) {
    Map<String, String> labels = new java.util.TreeMap<>(parts.rule().labels());
    Map<String, Object> doc = header("v1", "ConfigMap",
        metadata(spec.kubernetes(), name, labels));
    doc.put("data", parts.data());
    return render("configmap-" + name, "kubernetes.yaml.ftl", doc);
  }

  private static Map<String, Object> header(String apiVersion, String kind, Object metadata) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("apiVersion", apiVersion);
    doc.put("kind", kind);
    doc.put("metadata", metadata);
    return doc;
  }

  private static Map<String, Object> metadata(
      KubernetesSpec k8s, String name, Map<String, String> extraLabels) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", name);
    if (k8s.namespace() != null) {
      metadata.put("namespace", k8s.namespace());
    }
    Map<String, Object> labels = new LinkedHashMap<>(k8s.labels());
    labels.put(MANAGED_BY, "cwmon");
    labels.putAll(extraLabels);
    metadata.put("labels", labels);
    if (!k8s.annotations().isEmpty()) {
      metadata.put("annotations", new LinkedHashMap<>(k8s.annotations()));
    }
    return metadata;
  }

  private Output render(String fileName, String template, Map<String, Object> doc) {
    Map<String, Object> model = new HashMap<>();
    model.put("doc", doc);
    model.put("source", source);
    return new Output(DIR + fileName + ".yaml", renderer.render(template, model),
        Output.Format.YAML, doc);
  }

  /** A ConfigMap key: the output's file name, as keys may not contain "/". */
  static String dataKey(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
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
