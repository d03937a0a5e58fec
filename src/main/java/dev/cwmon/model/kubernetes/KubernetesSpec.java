package dev.cwmon.model.kubernetes;

import dev.cwmon.model.Doc;
import dev.cwmon.model.OrderedMap;
import java.util.Map;

/** Where {@code --format kubernetes} puts its manifests and what it labels them with. */
@Doc("Metadata of the manifests that cwmon generate --format kubernetes writes.")
public record KubernetesSpec(
    @Doc("Namespace of every manifest; omitted when not set.") String namespace,
    @Doc("Labels added to every manifest, e.g. the one a ruleSelector picks.")
        Map<String, String> labels,
    @Doc("Annotations added to every manifest.") Map<String, String> annotations,
    @Doc("Write an AlertmanagerConfig resource too; unset: only the Secret.")
        AlertmanagerConfigSpec alertmanagerConfig) {
  public KubernetesSpec {
    labels = OrderedMap.copyOf(labels);
    annotations = OrderedMap.copyOf(annotations);
  }

  public static KubernetesSpec empty() {
    return new KubernetesSpec(null, Map.of(), Map.of(), null);
  }
}
