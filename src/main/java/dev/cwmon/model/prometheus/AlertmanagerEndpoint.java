package dev.cwmon.model.prometheus;

import dev.cwmon.model.PromDuration;
import java.util.List;

/** One entry of {@code alerting.alertmanagers}: a set of Alertmanagers and how to reach them. */
public record AlertmanagerEndpoint(
    String scheme,
    String pathPrefix,
    PromDuration timeout,
    String apiVersion,
    List<StaticConfig> staticConfigs,
    List<FileSdConfig> fileSdConfigs,
    List<KubernetesSdConfig> kubernetesSdConfigs,
    BasicAuth basicAuth,
    Authorization authorization,
    TlsConfig tlsConfig) {
  public AlertmanagerEndpoint {
    staticConfigs = List.copyOf(staticConfigs);
    fileSdConfigs = List.copyOf(fileSdConfigs);
    kubernetesSdConfigs = List.copyOf(kubernetesSdConfigs);
  }
}
