package dev.cwmon.model.logging;

import dev.cwmon.model.Key;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * elasticsearch.yml: the settings the CodeWeaver guide uses and what security needs, under
 * their own flat dotted names, plus {@code other_settings} for any other key. Keystore and
 * key passwords are secure settings and belong in the Elasticsearch keystore, never here.
 */
public record ElasticsearchSettings(
    @Key("cluster.name") String clusterName,
    @Key("node.name") String nodeName,
    @Key("node.roles") List<String> nodeRoles,
    @Key("path.data") String pathData,
    @Key("path.logs") String pathLogs,
    @Key("network.host") String networkHost,
    @Key("http.port") Integer httpPort,
    @Key("transport.port") Integer transportPort,
    @Key("discovery.seed_hosts") List<String> discoverySeedHosts,
    @Key("discovery.type") String discoveryType,
    @Key("cluster.initial_master_nodes") List<String> clusterInitialMasterNodes,
    @Key("indices.memory.index_buffer_size") String indexBufferSize,
    @Key("indices.memory.min_index_buffer_size") String minIndexBufferSize,
    @Key("thread_pool.write.queue_size") Integer writeQueueSize,
    @Key("thread_pool.search.queue_size") Integer searchQueueSize,
    @Key("xpack.security.enabled") Boolean securityEnabled,
    @Key("xpack.security.transport.ssl.enabled") Boolean transportSslEnabled,
    @Key("xpack.security.transport.ssl.verification_mode") TlsMode transportSslVerificationMode,
    @Key("xpack.security.transport.ssl.client_authentication") ClientAuth transportSslClientAuth,
    @Key("xpack.security.transport.ssl.keystore.path") String transportSslKeystorePath,
    @Key("xpack.security.transport.ssl.truststore.path") String transportSslTruststorePath,
    @Key("xpack.security.transport.ssl.certificate") String transportSslCertificate,
    @Key("xpack.security.transport.ssl.key") String transportSslKey,
    @Key("xpack.security.transport.ssl.certificate_authorities")
        List<String> transportSslCertificateAuthorities,
    @Key("xpack.security.http.ssl.enabled") Boolean httpSslEnabled,
    @Key("xpack.security.http.ssl.keystore.path") String httpSslKeystorePath,
    @Key("xpack.security.http.ssl.certificate") String httpSslCertificate,
    @Key("xpack.security.http.ssl.key") String httpSslKey,
    @Key("xpack.security.http.ssl.certificate_authorities")
        List<String> httpSslCertificateAuthorities,
    @Key("other_settings") Map<String, SettingValue> otherSettings) {
  /** Whether a TLS server asks its clients for a certificate. */
  public enum ClientAuth {
    REQUIRED, OPTIONAL, NONE
  }

  public ElasticsearchSettings {
    nodeRoles = List.copyOf(nodeRoles);
    discoverySeedHosts = List.copyOf(discoverySeedHosts);
    clusterInitialMasterNodes = List.copyOf(clusterInitialMasterNodes);
    transportSslCertificateAuthorities = List.copyOf(transportSslCertificateAuthorities);
    httpSslCertificateAuthorities = List.copyOf(httpSslCertificateAuthorities);
    otherSettings = Collections.unmodifiableMap(new LinkedHashMap<>(otherSettings));
  }
}
