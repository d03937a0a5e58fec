package dev.cwmon.render;

import dev.cwmon.model.Spec;
import dev.cwmon.model.kubernetes.AlertmanagerConfigSpec;
import dev.cwmon.model.kubernetes.KubernetesSpec;
import dev.cwmon.render.KubernetesNames.Placement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The plain outputs as Kubernetes manifests: a PrometheusRule per rule file, the Alertmanager
 * configuration as the Secret the Prometheus Operator reads (and as an AlertmanagerConfig when
 * the kubernetes section asks for one), and ConfigMaps for the outputs that
 * {@link KubernetesNames#CONFIG_MAPS} matches by path. Each kind is one multi-document
 * file under {@code kubernetes/} ({@link #FILES}), its objects in the order of the outputs.
 */
public final class KubernetesManifests {
  /** The file of each kind, in the order the files are written. */
  public static final Map<String, String> FILES = orderedFiles();

  static final String DIR = "kubernetes/";
  private static final String MANAGED_BY = "app.kubernetes.io/managed-by";

  private final Renderer renderer;
  private final String source;

  public KubernetesManifests(Renderer renderer, String source) {
    this.renderer = renderer;
    this.source = Generator.headerSource(source);
  }

  private static Map<String, String> orderedFiles() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("PrometheusRule", "prometheusrules.yaml");
    files.put("Secret", "secrets.yaml");
    files.put("AlertmanagerConfig", "alertmanagerconfigs.yaml");
    files.put("ConfigMap", "configmaps.yaml");
    return Collections.unmodifiableMap(files);
  }

  /**
   * The manifests for {@code outputs}, the plain files rendered from {@code spec}. Names that
   * collide are a bug here: the checks report them (CW183) before anything is rendered.
   */
  public List<Output> of(Spec spec, List<Output> outputs) {
    Map<String, List<Map<String, Object>>> byKind = new LinkedHashMap<>();
    FILES.keySet().forEach(kind -> byKind.put(kind, new ArrayList<>()));
    Map<String, Placement> placed = new HashMap<>();
    Map<Placement, Map<String, Object>> configMaps = new LinkedHashMap<>();
    for (Output output : outputs) {
      Placement placement = placement(spec, output);
      if (placement == null) {
        continue;
      }
      String id = placement.kind() + "/" + placement.name();
      Placement before = placed.putIfAbsent(id, placement);
      if (before != null && before.collidesWith(placement)) {
        throw new IllegalStateException("two outputs make " + placement + ": "
            + before.group() + " and " + placement.group());
      }
      List<Map<String, Object>> docs = byKind.get(placement.kind());
      switch (placement.kind()) {
        case "PrometheusRule" -> docs.add(prometheusRule(spec, placement, output));
        case "Secret" -> docs.add(secret(spec, placement.name(), "alertmanager.yaml",
            output.text()));
        default -> configMaps.computeIfAbsent(placement, p -> new LinkedHashMap<>())
            .put(dataKey(output.path()), output.text());
      }
    }
    AlertmanagerConfigSpec amConfig = spec.kubernetes().alertmanagerConfig();
    if (amConfig != null && spec.alertmanager() != null) {
      byKind.get("AlertmanagerConfig").add(alertmanagerConfig(spec, amConfig));
    }
    configMaps.forEach((p, data) -> byKind.get("ConfigMap").add(configMap(spec, p, data)));
    List<Output> files = new ArrayList<>();
    byKind.forEach((kind, docs) -> {
      if (!docs.isEmpty()) {
        files.add(render(FILES.get(kind), docs));
      }
    });
    return files;
  }

  private static Placement placement(Spec spec, Output output) {
    if (isRuleFile(output)) {
      return KubernetesNames.ofRuleFile(output.path());
    }
    return output.path().equals("alertmanager.yml")
        ? KubernetesNames.ofAlertmanagerYml(spec.name())
        : KubernetesNames.ofConfigMap(spec.name(), output.path());
  }

  private static boolean isRuleFile(Output output) {
    return output.format() == Output.Format.YAML && output.tree() instanceof Map<?, ?> tree
        && tree.keySet().equals(Set.of("groups"));
  }

  private static Map<String, Object> prometheusRule(
      Spec spec, Placement placement, Output rules) {
    Map<String, Object> doc = header("monitoring.coreos.com/v1", "PrometheusRule",
        metadata(spec.kubernetes(), placement.name(), Map.of()));
    doc.put("spec", Map.of("groups", ((Map<?, ?>) rules.tree()).get("groups")));
    return doc;
  }

  private static Map<String, Object> secret(Spec spec, String name, String key, String text) {
    Map<String, Object> doc = header("v1", "Secret", metadata(spec.kubernetes(), name, Map.of()));
    doc.put("type", "Opaque");
    doc.put("stringData", Map.of(key, text));
    return doc;
  }

  private static Map<String, Object> alertmanagerConfig(
      Spec spec, AlertmanagerConfigSpec settings) {
    AlertmanagerConfigView.Result view = AlertmanagerConfigView.of(spec.alertmanager(), settings);
    if (!view.unsupported().isEmpty()) {
      throw new IllegalStateException("AlertmanagerConfig cannot hold " + view.unsupported());
    }
    Map<String, Object> doc = header("monitoring.coreos.com/v1alpha1", "AlertmanagerConfig",
        metadata(spec.kubernetes(), settings.name(), Map.of()));
    doc.put("spec", view.spec());
    return doc;
  }

  private static Map<String, Object> configMap(
      Spec spec, Placement placement, Map<String, Object> data) {
    Map<String, String> labels = new TreeMap<>(placement.rule().labels());
    Map<String, Object> doc = header("v1", "ConfigMap",
        metadata(spec.kubernetes(), placement.name(), labels));
    doc.put("data", data);
    return doc;
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

  /** One file: the objects {@code docs} as a YAML stream, each after a {@code ---} line. */
  private Output render(String fileName, List<Map<String, Object>> docs) {
    Map<String, Object> model = new HashMap<>();
    model.put("docs", docs);
    model.put("source", source);
    return new Output(DIR + fileName, renderer.render("kubernetes.yaml.ftl", model),
        Output.Format.YAML_STREAM, List.copyOf(docs));
  }

  /** A ConfigMap key: the output's file name, as keys may not contain "/". */
  static String dataKey(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
