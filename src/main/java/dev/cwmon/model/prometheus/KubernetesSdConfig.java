package dev.cwmon.model.prometheus;

import dev.cwmon.bind.ScalarTypes;
import dev.cwmon.model.Required;
import java.util.List;

/** Kubernetes service discovery: which kind of object becomes a target, in which namespaces. */
public record KubernetesSdConfig(
    @Required Role role, String apiServer, Namespaces namespaces, String kubeconfigFile) {

  /** The Kubernetes object kinds Prometheus can discover. */
  public enum Role {
    NODE, POD, SERVICE, ENDPOINTS, ENDPOINTSLICE, INGRESS
  }

  /** Namespaces to discover in; none means all. */
  public record Namespaces(Boolean ownNamespace, List<String> names) {
    public Namespaces {
      names = List.copyOf(names);
    }
  }

  public String roleName() {
    return ScalarTypes.yamlName(role);
  }
}
