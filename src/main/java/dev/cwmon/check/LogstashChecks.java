package dev.cwmon.check;

import dev.cwmon.logstash.Attribute;
import dev.cwmon.logstash.LogstashPrinter;
import dev.cwmon.logstash.Plugin;
import dev.cwmon.logstash.UnrepresentableValueException;
import dev.cwmon.model.Spec;
import dev.cwmon.model.Version;
import dev.cwmon.model.logging.Condition;
import dev.cwmon.model.logging.PluginBlock;
import dev.cwmon.model.logging.SettingValue;
import dev.cwmon.model.logging.Statement;
import dev.cwmon.render.LogstashView;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the Logstash pipelines: safe pipeline names, no conditional in an input section,
 * every value writable in Logstash's syntax, secrets as environment references, and the
 * Elasticsearch output's TLS option names of the target Logstash version.
 */
public final class LogstashChecks implements Check {
  /** The Logstash (and Elastic stack) version when targets names none. */
  public static final Version DEFAULT_VERSION = Version.parse("8.15");

  static final Version SSL_RENAMED = Version.parse("8.10");
  static final Version SSL_OLD_REMOVED = Version.parse("9.0");
  private static final Pattern PIPELINE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** The Elasticsearch output's TLS options: old name to new name (plugin 11.14). */
  private static final Map<String, String> RENAMED = Map.of(
      "ssl", "ssl_enabled",
      "ssl_certificate_verification", "ssl_verification_mode",
      "cacert", "ssl_certificate_authorities",
      "keystore", "ssl_keystore_path",
      "keystore_password", "ssl_keystore_password",
      "truststore", "ssl_truststore_path",
      "truststore_password", "ssl_truststore_password");

  public static Version stackVersion(Spec spec) {
    return spec.targets().logstash() == null ? DEFAULT_VERSION : spec.targets().logstash();
  }

  @Override
  public void run(Spec spec, CheckContext context) {
    if (spec.logging() == null) {
      return;
    }
    Version version = stackVersion(spec);
    spec.logging().pipelines().keySet().forEach(name -> {
      if (!PIPELINE_NAME.matcher(name).matches()) {
        context.error("CW161", "logging.pipelines." + name, "pipeline name \""
            + name + "\" is not a safe file name", "use letters, digits, _, - and ., "
            + "starting with a letter or digit; it names logstash/<name>.conf");
      }
    });
    PipelineWalk.walk(spec.logging().pipelines(), new PipelineWalk.Visitor() {
      @Override
      public void statement(String section, Statement statement, String path) {
        comment(statement.comment(), path, context);
      }

      @Override
      public void plugin(String section, PluginBlock plugin, String path) {
        plugin.settings().forEach((name, value) -> {
          setting(plugin.name(), name, value, path + "." + name, context);
          if (section.equals("output") && plugin.name().equals("elasticsearch")) {
            optionName(name, version, path + "." + name, context);
          }
        });
      }

      @Override
      public void condition(String section, Condition condition, String path) {
        if (section.equals("input")) {
          context.error("CW161", path, "conditional in the input section",
              "logstash supports conditionals in filter and output only; tag events with "
                  + "add_field or tags on the input and test them in the filter section");
        }
        try {
          LogstashPrinter.printCondition(condition.expr());
        } catch (UnrepresentableValueException e) {
          context.error("CW162", path, "condition cannot be written: " + e.getMessage(),
              "rewrite the condition, e.g. [x] == \"v\" instead of [x] in [\"v\"]");
        }
      }
    });
  }

  private static void setting(String plugin, String name, SettingValue value, String path,
      CheckContext context) {
    try {
      LogstashPrinter.printValue(Plugin.of(plugin, Attribute.of(name, LogstashView.value(value))));
    } catch (UnrepresentableValueException e) {
      context.error("CW162", path, "logstash cannot hold this value: " + e.getMessage(),
          "logstash strings have no escapes: a value may hold \" or ' but not both, and may "
              + "not end with a backslash");
    }
    secrets(value, path, context);
  }

  static void secrets(SettingValue value, String path, CheckContext context) {
    if (value instanceof SettingValue.Secret secret) {
      envOnly(secret.ref(), path, context);
    } else if (value instanceof SettingValue.ListValue list) {
      for (int i = 0; i < list.items().size(); i++) {
        secrets(list.items().get(i), path + "[" + i + "]", context);
      }
    } else if (value instanceof SettingValue.HashValue hash) {
      hash.entries().forEach((k, v) -> secrets(v, path + "." + k, context));
    }
  }

  /** Logstash, Elasticsearch and Kibana read secrets from ${NAME}, never from a file path. */
  static void envOnly(dev.cwmon.model.SecretRef ref, String path, CheckContext context) {
    if (ref == null) {
      return;
    }
    if (ref.isFile()) {
      context.error("CW112", path, "secret from a file in " + path + "; this tool reads "
          + "secrets from environment variables", "use {env: NAME} and set NAME from the file");
    } else if (!ENV_NAME.matcher(ref.env()).matches()) {
      context.error("CW163", path, "bad environment variable name \"" + ref.env() + "\"",
          "use letters, digits and _, not starting with a digit, e.g. LOGSTASH_PASSWORD");
    }
  }

  private static void comment(String comment, String path, CheckContext context) {
    if (comment != null && comment.indexOf('\r') >= 0) {
      context.error("CW162", path + ".comment", "comment holds a carriage return",
          "write the comment on lines ending in \\n only");
    }
  }

  private static void optionName(String name, Version version, String path,
      CheckContext context) {
    String renamed = RENAMED.get(name);
    if (renamed != null && version.atLeast(SSL_OLD_REMOVED)) {
      context.error("CW150", path, "elasticsearch output option \"" + name + "\" was removed"
          + " in logstash " + SSL_OLD_REMOVED, "use " + renamed + " instead");
    } else if (renamed != null && version.atLeast(SSL_RENAMED)) {
      context.warning("CW164", path, "elasticsearch output option \"" + name + "\" is "
          + "deprecated in logstash " + version, "use " + renamed + " instead");
    } else if (RENAMED.containsValue(name) && !version.atLeast(SSL_RENAMED)) {
      String old = RENAMED.entrySet().stream().filter(e -> e.getValue().equals(name))
          .findFirst().orElseThrow().getKey();
      context.error("CW150", path, "elasticsearch output option \"" + name + "\" does not "
          + "exist in logstash " + version, "use " + old + ", or raise targets.logstash to "
          + SSL_RENAMED + " or later");
    }
  }
}
