package dev.cwmon.model.logging;

import dev.cwmon.logstash.FieldRef;
import dev.cwmon.model.SecretRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The value of a free-form setting (a Logstash plugin's, or an extra Elasticsearch or Kibana
 * key), typed by how YAML wrote it: {@code 5044} is a number, {@code true} a boolean,
 * {@code "5044"} a string, {@code !field [a][b]} a field reference, and a secret-named key
 * such as {@code password} takes only {@code {env: NAME}}.
 */
public sealed interface SettingValue {
  /** A string, kept exactly. */
  record Text(String value) implements SettingValue {
    public Text {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A decimal number, kept as written: {@code 5044}, {@code -1.5}. */
  record Number(String literal) implements SettingValue {
    public static final Pattern SYNTAX = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    public Number {
      if (!SYNTAX.matcher(literal).matches()) {
        throw new IllegalArgumentException("not a decimal number: " + literal);
      }
    }
  }

  /** {@code true} or {@code false}. */
  record Flag(boolean value) implements SettingValue {}

  /** A list of values. */
  record ListValue(List<SettingValue> items) implements SettingValue {
    public ListValue {
      items = List.copyOf(items);
    }
  }

  /** A hash with string keys, in spec order. */
  record HashValue(Map<String, SettingValue> entries) implements SettingValue {
    public HashValue {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
  }

  /** A field reference such as {@code [@metadata][index_prefix]}, written as a string. */
  record Field(FieldRef ref) implements SettingValue {
    public Field {
      Objects.requireNonNull(ref, "ref");
    }
  }

  /** A secret, rendered as the target's environment reference {@code ${NAME}}. */
  record Secret(SecretRef ref) implements SettingValue {
    public Secret {
      Objects.requireNonNull(ref, "ref");
    }
  }
}
