package dev.cwmon.model.logging;

import dev.cwmon.model.Key;
import dev.cwmon.model.SecretRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * kibana.yml: server, connection to Elasticsearch, TLS, encryption keys and monitoring under
 * their flat dotted names, plus {@code other_settings} for any other key. Passwords and keys
 * are environment references, rendered as {@code ${NAME}}.
 */
public record KibanaSettings(
    @Key("server.host") String serverHost,
    @Key("server.port") Integer serverPort,
    @Key("server.name") String serverName,
    @Key("server.publicBaseUrl") String serverPublicBaseUrl,
    @Key("server.ssl.enabled") Boolean serverSslEnabled,
    @Key("server.ssl.certificate") String serverSslCertificate,
    @Key("server.ssl.key") String serverSslKey,
    @Key("elasticsearch.hosts") List<String> elasticsearchHosts,
    @Key("elasticsearch.username") String elasticsearchUsername,
    @Key("elasticsearch.password") SecretRef elasticsearchPassword,
    @Key("elasticsearch.serviceAccountToken") SecretRef elasticsearchServiceAccountToken,
    @Key("elasticsearch.ssl.certificateAuthorities")
        List<String> elasticsearchSslCertificateAuthorities,
    @Key("elasticsearch.ssl.verificationMode") TlsMode elasticsearchSslVerificationMode,
    @Key("xpack.security.encryptionKey") SecretRef securityEncryptionKey,
    @Key("xpack.encryptedSavedObjects.encryptionKey") SecretRef savedObjectsEncryptionKey,
    @Key("xpack.reporting.encryptionKey") SecretRef reportingEncryptionKey,
    @Key("monitoring.ui.ccs.enabled") Boolean monitoringUiCcsEnabled,
    @Key("monitoring.kibana.collection.enabled") Boolean monitoringKibanaCollectionEnabled,
    @Key("other_settings") Map<String, SettingValue> otherSettings) {
  public KibanaSettings {
    elasticsearchHosts = List.copyOf(elasticsearchHosts);
    elasticsearchSslCertificateAuthorities = List.copyOf(elasticsearchSslCertificateAuthorities);
    otherSettings = Collections.unmodifiableMap(new LinkedHashMap<>(otherSettings));
  }
}
