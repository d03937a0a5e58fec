package dev.cwmon.render;

import dev.cwmon.model.Spec;
import dev.cwmon.model.kubernetes.KubernetesSpec;
import dev.cwmon.render.KubernetesNames.Placement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The plain outputs as Kubernetes manifests, one object per file under {@code kubernetes/}:
 * a PrometheusRule per rule file, the Alertmanager configuration as the Secret the Prometheus
 * Operator reads, and ConfigMaps for the outputs that {@link KubernetesNames#CONFIG_MAPS}
 * matches by path. Objects are named by {@link KubernetesNames}.
 */
public final class KubernetesManifests {
  static final String DIR = "kubernetes/";
  private static final String MANAGED_BY = "app.kubernetes.io/managed-by";

  private final Renderer renderer;
  private final String source;

  public KubernetesManifests(Renderer renderer, String source) {
    this.renderer = renderer;
    this.source = Generator.headerSource(source);
  }

  /**
   * The manifests for {@code outputs}, the plain files rendered from {@code spec}. Names that
   * collide are a bug here: the checks report them (CW183) before anything is rendered.
   */
  public List<Output> of(Spec spec, List<Output> outputs) {
    List<Output> manifests = new ArrayList<>();
    Map<String, Placement> placed = new HashMap<>();
    Map<Placement, Map<String, Object>> configMaps = new LinkedHashMap<>();
    for (Output output : outputs) {
      Placement placement = isRuleFile(output) ? KubernetesNames.ofRuleFile(output.path())
          : output.path().equals("alertmanager.yml")
              ? KubernetesNames.ofAlertmanagerYml(spec.name())
              : KubernetesNames.ofConfigMap(spec.name(), output.path());
      if (placement == null) {
        continue;
      }
      String id = placement.kind() + "/" + placement.name();
      Placement before = placed.putIfAbsent(id, placement);
      if (before != null && before.collidesWith(placement)) {
        throw new IllegalStateException("two outputs make " + placement + ": "
            + before.group() + " and " + placement.group());
      }
      switch (placement.kind()) {
        case "PrometheusRule" -> manifests.add(prometheusRule(spec, placement, output));
        case "Secret" -> manifests.add(
            secret(spec, placement.name(), "alertmanager.yaml", output.text()));
        default -> configMaps.computeIfAbsent(placement, p -> new LinkedHashMap<>())
            .put(dataKey(output.path()), output.text());
      }
    }
    configMaps.forEach((placement, data) -> manifests.add(configMap(spec, placement, data)));
    return manifests;
  }

  private static boolean isRuleFile(Output output) {
    return output.format() == Output.Format.YAML && output.tree() instanceof Map<?, ?> tree
        && tree.keySet().equals(Set.of("groups"));
  }

  private Output prometheusRule(Spec spec, Placement placement, Output rules) {
    String name = placement.name();
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

  private Output configMap(Spec spec, Placement placement, Map<String, Object> data) {
    Map<String, String> labels = new TreeMap<>(placement.rule().labels());
    Map<String, Object> doc = header("v1", "ConfigMap",
        metadata(spec.kubernetes(), placement.name(), labels));
    doc.put("data", data);
    return render("configmap-" + placement.name(), "kubernetes.yaml.ftl", doc);
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
}
