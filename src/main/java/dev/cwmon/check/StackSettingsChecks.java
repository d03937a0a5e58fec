package dev.cwmon.check;

import dev.cwmon.bind.Names;
import dev.cwmon.model.Spec;
import dev.cwmon.model.Version;
import dev.cwmon.model.logging.ElasticsearchSettings;
import dev.cwmon.model.logging.KibanaSettings;
import dev.cwmon.model.logging.SettingValue;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks elasticsearch.yml and kibana.yml settings: TLS switched on without key material,
 * byte sizes, secrets, and the keys of {@code other_settings} (syntax, no typed key again, no
 * Elasticsearch secure setting, no Kibana setting the stack version removed).
 */
public final class StackSettingsChecks implements Check {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_]+(\\.[A-Za-z0-9_-]+)*");
  private static final Pattern SIZE = Pattern.compile("[0-9]+(\\.[0-9]+)?(%|b|kb|mb|gb|tb|pb)");
  private static final Pattern SECURE = Pattern.compile(
      ".*(secure_password|secure_key_passphrase|secure_bind_password)|bootstrap\\.password");
  /** Kibana 8.0 refuses to start with these; it removed them (most deprecated in 7.16). */
  private static final Set<String> KIBANA_REMOVED_IN_8 = Set.of(
      "xpack.security.enabled", "xpack.canvas.enabled", "xpack.infra.enabled",
      "xpack.apm.enabled", "xpack.ml.enabled", "xpack.graph.enabled", "xpack.maps.enabled",
      "xpack.monitoring.enabled", "xpack.reporting.enabled", "xpack.spaces.enabled");
  private static final Version V8 = Version.parse("8.0");

  @Override
  public void run(Spec spec, CheckContext context) {
    if (spec.logging() == null) {
      return;
    }
    Version version = LogstashChecks.stackVersion(spec);
    if (spec.logging().elasticsearch() != null) {
      elasticsearch(spec.logging().elasticsearch(), context);
    }
    if (spec.logging().kibana() != null) {
      kibana(spec.logging().kibana(), version, context);
    }
  }

  private static void elasticsearch(ElasticsearchSettings es, CheckContext context) {
    String p = "logging.elasticsearch.";
    if (Boolean.TRUE.equals(es.transportSslEnabled()) && es.transportSslKeystorePath() == null
        && (es.transportSslCertificate() == null || es.transportSslKey() == null)) {
      noKeyMaterial(p + "xpack.security.transport.ssl.enabled", "xpack.security.transport.ssl",
          context);
    }
    if (Boolean.TRUE.equals(es.httpSslEnabled()) && es.httpSslKeystorePath() == null
        && (es.httpSslCertificate() == null || es.httpSslKey() == null)) {
      noKeyMaterial(p + "xpack.security.http.ssl.enabled", "xpack.security.http.ssl", context);
    }
    size(es.indexBufferSize(), p + "indices.memory.index_buffer_size", context);
    size(es.minIndexBufferSize(), p + "indices.memory.min_index_buffer_size", context);
    other(es, es.otherSettings(), p, context);
    es.otherSettings().forEach((key, value) -> {
      if (SECURE.matcher(key).matches()) {
        context.error("CW165", p + "other_settings." + key, "\"" + key + "\" is a secure "
            + "setting; elasticsearch refuses it in elasticsearch.yml",
            "add it to the keystore: bin/elasticsearch-keystore add " + key);
      }
    });
  }

  private static void kibana(KibanaSettings kibana, Version version, CheckContext context) {
    String p = "logging.kibana.";
    if (Boolean.TRUE.equals(kibana.serverSslEnabled())
        && (kibana.serverSslCertificate() == null || kibana.serverSslKey() == null)) {
      noKeyMaterial(p + "server.ssl.enabled", "server.ssl", context);
    }
    LogstashChecks.envOnly(kibana.elasticsearchPassword(), p + "elasticsearch.password", context);
    LogstashChecks.envOnly(kibana.elasticsearchServiceAccountToken(),
        p + "elasticsearch.serviceAccountToken", context);
    LogstashChecks.envOnly(kibana.securityEncryptionKey(), p + "xpack.security.encryptionKey",
        context);
    LogstashChecks.envOnly(kibana.savedObjectsEncryptionKey(),
        p + "xpack.encryptedSavedObjects.encryptionKey", context);
    LogstashChecks.envOnly(kibana.reportingEncryptionKey(), p + "xpack.reporting.encryptionKey",
        context);
    if ("elastic".equals(kibana.elasticsearchUsername()) && version.atLeast(V8)) {
      context.error("CW165", p + "elasticsearch.username", "kibana " + version + " refuses to"
          + " connect as the superuser \"elastic\"", "use kibana_system, or a service account"
          + " token in elasticsearch.serviceAccountToken");
    }
    other(kibana, kibana.otherSettings(), p, context);
    kibana.otherSettings().keySet().forEach(key -> {
      if (KIBANA_REMOVED_IN_8.contains(key) && version.atLeast(V8)) {
        context.error("CW150", p + "other_settings." + key, "kibana " + version + " has no "
            + "setting \"" + key + "\" and refuses to start with it",
            "remove it; kibana 8 cannot switch this feature off in kibana.yml");
      }
    });
  }

  private static void other(Record typed, Map<String, SettingValue> other, String prefix,
      CheckContext context) {
    Set<String> typedKeys = Set.copyOf(Arrays.stream(typed.getClass().getRecordComponents())
        .map(Names::keyOf).toList());
    other.forEach((key, value) -> {
      String path = prefix + "other_settings." + key;
      if (!KEY.matcher(key).matches()) {
        context.error("CW165", path, "bad setting name \"" + key + "\"",
            "write dotted names of letters, digits, _ and -, e.g. bootstrap.memory_lock");
      } else if (typedKeys.contains(key)) {
        context.error("CW165", path, "\"" + key + "\" is a typed setting; it must not also be"
            + " given in other_settings", "move it out of other_settings: " + key + ": ...");
      }
      LogstashChecks.secrets(value, path, context);
    });
  }

  private static void noKeyMaterial(String path, String prefix, CheckContext context) {
    context.error("CW165", path, prefix + " is enabled without a key and certificate; the "
        + "server refuses to start", "set " + prefix + ".keystore.path, or both "
        + prefix + ".certificate and " + prefix + ".key");
  }

  private static void size(String value, String path, CheckContext context) {
    if (value != null && !SIZE.matcher(value).matches()) {
      context.error("CW165", path, "bad size \"" + value + "\"",
          "write a percentage of the heap or a byte size, e.g. 10% or 48mb");
    }
  }
}
